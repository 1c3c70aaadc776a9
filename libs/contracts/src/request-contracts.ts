import type {
  CreateInstitutionCommand,
  GetInstitutionRequest,
  InstitutionPageReply,
  InstitutionReply,
  SearchInstitutionsQuery,
} from './directory/institution.dto';
import type {
  GetInstitutionReplicaRequest,
  InstitutionReplicaReply,
} from './identity/institution-replica.dto';
import type {
  AccessTokenReply,
  CurrentAccessReply,
  CurrentAccessRequest,
  LoginRequest,
} from './identity/login.dto';
import type { SigningKeysReply } from './identity/signing-keys.dto';
import type {
  CreatedScimTokenReply,
  CreateScimTokenCommand,
  ProvisionScimPersonCommand,
  ResolveScimTokenCommand,
  ScimPeopleQuery,
  ScimPeopleReply,
  ScimPerson,
  ScimPersonCommand,
  ScimTokenCommand,
  ScimTokenListReply,
  ScimTokenReply,
  ScimTokenScope,
} from './identity/scim.dto';
import type {
  ActivationEmailsPreviewReply,
  ActivationEmailsQueryCommand,
  ActivationEmailsReply,
  StartActivationEmailsCommand,
} from './identity/activation-emails.dto';
import {
  SingleSignOnCallbackRequest,
  SingleSignOnSchoolsReply,
  SingleSignOnSettingsReply,
  SingleSignOnStartReply,
  StartSingleSignOnCommand,
  UpdateSingleSignOnCommand,
} from './identity/single-sign-on.dto';
import type { GetUserRequest, UserReply } from './identity/user.dto';
import type {
  DeletePendingUserCommand,
  InstitutionActorCommand,
  InstitutionScope,
  InstitutionUserCommand,
} from './identity/institution-scope.dto';
import type { UpdateMeCommand } from './identity/me.dto';
import type {
  AcceptedReply,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SignupRequest,
  TokenRequest,
} from './identity/signup.dto';
import type {
  EmailChangeCommand,
  EmailChangeConfirmCommand,
  EmailChangeStartedReply,
  EmailChangeCancelledReply,
} from './identity/email-change.dto';
import type {
  AddStaffCommand,
  ChangeStaffRoleCommand,
  ListStaffCommand,
  StaffListReply,
  StaffMemberReply,
} from './identity/staff.dto';
import type {
  InstitutionUserReply,
  SearchUsersCommand,
  UpdateInstitutionUserCommand,
  UserPageReply,
} from './identity/institution-users.dto';
import type { InstitutionSettingsReply, UpdateInstitutionSettingsCommand } from './directory/settings.dto';
import type {
  CreateLabelCommand,
  LabelCommand,
  LabelListReply,
  ListLabelsCommand,
  LabelReply,
  RenameLabelCommand,
} from './directory/label.dto';
import type {
  ContactCommand,
  ContactLabelCommand,
  ContactReply,
  CreateContactCommand,
  UpdateContactCommand,
} from './directory/contact.dto';
import type {
  ContactPageReply,
  ListContactsCommand,
  ResolveContactsCommand,
  ResolvedContactsReply,
} from './directory/contact-query.dto';
import type { AddNoteCommand, ListNotesCommand, NotePageReply, NoteReply } from './directory/note.dto';
import type {
  CompanyCommand,
  CompanyPageReply,
  CompanyReply,
  CompanyStaffCommand,
  CompanyStaffListReply,
  CompanyStaffMemberReply,
  CreateCompanyCommand,
  ListCompanyStaffCommand,
  SearchCompaniesQuery,
} from './directory/company.dto';
import type {
  BulkDecisionCommand,
  BulkDecisionQueryCommand,
  BulkDecisionReply,
  BulkDecisionResultPageReply,
  CreateJoinRequestCommand,
  JoinRequestCommand,
  JoinRequestDecisionCommand,
  JoinRequestDetailReply,
  JoinRequestListReply,
  JoinRequestPageReply,
  JoinRequestReply,
  ListBulkDecisionResultsCommand,
  ListJoinRequestsCommand,
  MyJoinRequestsCommand,
} from './onboarding/join-request.dto';
import type { FindMembersByNameCommand, MembersByNameReply } from './onboarding/similar-accounts.dto';
import type {
  CreateInvitedEmployerCommand,
  UserConnectionsCommand,
  UserConnectionsReply,
} from './identity/user-connections.dto';
import type {
  CompanyStaffOfUsersCommand,
  CompanyStaffOfUsersReply,
} from './directory/company-staff-of-users.dto';
import type {
  BulkInviteCommand,
  BulkInvitePageReply,
  BulkInviteRecipientPageReply,
  BulkInviteReply,
  CreateBulkInviteCommand,
  ListBulkInviteRecipientsCommand,
  ListBulkInvitesCommand,
  MailPreviewReply,
  PreviewInviteCommand,
  SendBulkInviteCommand,
} from './onboarding/bulk-invite.dto';
import type {
  ApproveImportedMembersCommand,
  ApproveImportedMembersReply,
} from './onboarding/join-request.dto';
import type {
  AcceptInvitationCommand,
  InvitationAcceptedReply,
  InvitationCommand,
  InvitationReply,
  InvitationTokenCommand,
} from './onboarding/invitation.dto';
import type {
  CreateImportCommand,
  FindingPageReply,
  ImportCommand,
  ImportPageReply,
  ImportReply,
  ListFindingsCommand,
  ListImportsCommand,
  ReplaceImportFileCommand,
} from './importer/import.dto';
import type { ImportLookupCommand, ImportLookupReply } from './importer/import-lookup.dto';
import type { ListPlanCommand, PlanPageReply } from './importer/import-plan.dto';
import type { ImportApplyCommand, ImportApplyReply } from './importer/import-apply.dto';
import type {
  ContactImportApplyCommand,
  ContactImportLookupCommand,
  ContactImportLookupReply,
} from './directory/contact-import.dto';
import type { FailedRowsCommand, FailedRowsPageReply, StartRunCommand } from './importer/import-run.dto';
import { DirectorySubjects, IdentitySubjects, ImporterSubjects, OnboardingSubjects } from './subjects';

/** Every request subject with the payload it takes and the reply it gives. */
export interface RequestContracts {
  [IdentitySubjects.login]: { request: LoginRequest; reply: AccessTokenReply };
  [IdentitySubjects.signingKeys]: { request: Record<string, never>; reply: SigningKeysReply };
  [IdentitySubjects.currentAccess]: { request: CurrentAccessRequest; reply: CurrentAccessReply };
  [IdentitySubjects.getUser]: { request: GetUserRequest; reply: UserReply };
  [IdentitySubjects.getInstitutionReplica]: {
    request: GetInstitutionReplicaRequest;
    reply: InstitutionReplicaReply;
  };
  [IdentitySubjects.signup]: { request: SignupRequest; reply: AcceptedReply };
  [IdentitySubjects.verifyEmail]: { request: TokenRequest; reply: UserReply };
  [IdentitySubjects.requestPasswordReset]: { request: PasswordResetRequest; reply: AcceptedReply };
  [IdentitySubjects.confirmPasswordReset]: { request: PasswordResetConfirmRequest; reply: UserReply };
  [IdentitySubjects.updateMe]: { request: UpdateMeCommand; reply: UserReply };
  [IdentitySubjects.requestEmailChange]: { request: EmailChangeCommand; reply: EmailChangeStartedReply };
  [IdentitySubjects.confirmEmailChange]: { request: EmailChangeConfirmCommand; reply: UserReply };
  [IdentitySubjects.confirmEmailChangeLink]: { request: TokenRequest; reply: UserReply };
  [IdentitySubjects.cancelEmailChange]: { request: TokenRequest; reply: EmailChangeCancelledReply };
  [IdentitySubjects.addStaff]: { request: AddStaffCommand; reply: StaffMemberReply };
  [IdentitySubjects.listStaff]: { request: ListStaffCommand; reply: StaffListReply };
  [IdentitySubjects.changeStaffRole]: { request: ChangeStaffRoleCommand; reply: StaffMemberReply };
  [IdentitySubjects.removeStaff]: { request: InstitutionActorCommand; reply: Record<string, never> };
  [IdentitySubjects.acceptStaffInvitation]: { request: InstitutionUserCommand; reply: StaffMemberReply };
  [IdentitySubjects.declineStaffInvitation]: {
    request: InstitutionUserCommand;
    reply: Record<string, never>;
  };
  [IdentitySubjects.searchInstitutionUsers]: { request: SearchUsersCommand; reply: UserPageReply };
  [IdentitySubjects.getInstitutionUser]: { request: InstitutionUserCommand; reply: InstitutionUserReply };
  [IdentitySubjects.updateInstitutionUser]: {
    request: UpdateInstitutionUserCommand;
    reply: InstitutionUserReply;
  };
  [IdentitySubjects.deletePendingUser]: { request: DeletePendingUserCommand; reply: Record<string, never> };
  [IdentitySubjects.clearSyncExclusion]: { request: InstitutionUserCommand; reply: InstitutionUserReply };
  [IdentitySubjects.previewActivationEmails]: {
    request: InstitutionScope;
    reply: ActivationEmailsPreviewReply;
  };
  [IdentitySubjects.startActivationEmails]: {
    request: StartActivationEmailsCommand;
    reply: ActivationEmailsReply;
  };
  [IdentitySubjects.getActivationEmails]: {
    request: ActivationEmailsQueryCommand;
    reply: ActivationEmailsReply;
  };
  [IdentitySubjects.getSingleSignOn]: { request: InstitutionScope; reply: SingleSignOnSettingsReply };
  [IdentitySubjects.updateSingleSignOn]: {
    request: UpdateSingleSignOnCommand;
    reply: SingleSignOnSettingsReply;
  };
  [IdentitySubjects.listSingleSignOnSchools]: {
    request: Record<string, never>;
    reply: SingleSignOnSchoolsReply;
  };
  [IdentitySubjects.startSingleSignOn]: { request: StartSingleSignOnCommand; reply: SingleSignOnStartReply };
  [IdentitySubjects.finishSingleSignOn]: { request: SingleSignOnCallbackRequest; reply: AccessTokenReply };
  [IdentitySubjects.findMembersByName]: { request: FindMembersByNameCommand; reply: MembersByNameReply };
  [IdentitySubjects.importLookup]: { request: ImportLookupCommand; reply: ImportLookupReply };
  [IdentitySubjects.importApply]: { request: ImportApplyCommand; reply: ImportApplyReply };
  [IdentitySubjects.createScimToken]: { request: CreateScimTokenCommand; reply: CreatedScimTokenReply };
  [IdentitySubjects.listScimTokens]: { request: InstitutionScope; reply: ScimTokenListReply };
  [IdentitySubjects.revokeScimToken]: { request: ScimTokenCommand; reply: ScimTokenReply };
  [IdentitySubjects.resolveScimToken]: { request: ResolveScimTokenCommand; reply: ScimTokenScope };
  [IdentitySubjects.getScimPerson]: { request: ScimPersonCommand; reply: ScimPerson };
  [IdentitySubjects.listScimPeople]: { request: ScimPeopleQuery; reply: ScimPeopleReply };
  [IdentitySubjects.provisionScimPerson]: { request: ProvisionScimPersonCommand; reply: ScimPerson };
  [IdentitySubjects.userConnections]: { request: UserConnectionsCommand; reply: UserConnectionsReply };
  [IdentitySubjects.createInvitedEmployer]: { request: CreateInvitedEmployerCommand; reply: UserReply };
  [DirectorySubjects.companyStaffOfUsers]: {
    request: CompanyStaffOfUsersCommand;
    reply: CompanyStaffOfUsersReply;
  };
  [DirectorySubjects.createInstitution]: {
    request: CreateInstitutionCommand;
    reply: InstitutionReply;
  };
  [DirectorySubjects.getInstitution]: { request: GetInstitutionRequest; reply: InstitutionReply };
  [DirectorySubjects.searchInstitutions]: { request: SearchInstitutionsQuery; reply: InstitutionPageReply };
  [DirectorySubjects.getSettings]: { request: InstitutionScope; reply: InstitutionSettingsReply };
  [DirectorySubjects.updateSettings]: {
    request: UpdateInstitutionSettingsCommand;
    reply: InstitutionSettingsReply;
  };
  [DirectorySubjects.createLabel]: { request: CreateLabelCommand; reply: LabelReply };
  [DirectorySubjects.listLabels]: { request: ListLabelsCommand; reply: LabelListReply };
  [DirectorySubjects.renameLabel]: { request: RenameLabelCommand; reply: LabelReply };
  [DirectorySubjects.deleteLabel]: { request: LabelCommand; reply: Record<string, never> };
  [DirectorySubjects.createContact]: { request: CreateContactCommand; reply: ContactReply };
  [DirectorySubjects.getContact]: { request: ContactCommand; reply: ContactReply };
  [DirectorySubjects.updateContact]: { request: UpdateContactCommand; reply: ContactReply };
  [DirectorySubjects.archiveContact]: { request: ContactCommand; reply: ContactReply };
  [DirectorySubjects.restoreContact]: { request: ContactCommand; reply: ContactReply };
  [DirectorySubjects.listContacts]: { request: ListContactsCommand; reply: ContactPageReply };
  [DirectorySubjects.resolveContacts]: { request: ResolveContactsCommand; reply: ResolvedContactsReply };
  [DirectorySubjects.importLookupContacts]: {
    request: ContactImportLookupCommand;
    reply: ContactImportLookupReply;
  };
  [DirectorySubjects.importApplyContacts]: { request: ContactImportApplyCommand; reply: ImportApplyReply };
  [DirectorySubjects.addContactLabel]: { request: ContactLabelCommand; reply: ContactReply };
  [DirectorySubjects.removeContactLabel]: { request: ContactLabelCommand; reply: ContactReply };
  [DirectorySubjects.addNote]: { request: AddNoteCommand; reply: NoteReply };
  [DirectorySubjects.listNotes]: { request: ListNotesCommand; reply: NotePageReply };
  [DirectorySubjects.createCompany]: { request: CreateCompanyCommand; reply: CompanyReply };
  [DirectorySubjects.getCompany]: { request: CompanyCommand; reply: CompanyReply };
  [DirectorySubjects.searchCompanies]: { request: SearchCompaniesQuery; reply: CompanyPageReply };
  [DirectorySubjects.listCompanyStaff]: { request: ListCompanyStaffCommand; reply: CompanyStaffListReply };
  [DirectorySubjects.joinCompany]: { request: CompanyStaffCommand; reply: CompanyStaffMemberReply };
  [DirectorySubjects.leaveCompany]: { request: CompanyStaffCommand; reply: Record<string, never> };
  [OnboardingSubjects.createJoinRequest]: { request: CreateJoinRequestCommand; reply: JoinRequestReply };
  [OnboardingSubjects.listMyJoinRequests]: { request: MyJoinRequestsCommand; reply: JoinRequestListReply };
  [OnboardingSubjects.listJoinRequests]: { request: ListJoinRequestsCommand; reply: JoinRequestPageReply };
  [OnboardingSubjects.getJoinRequest]: { request: JoinRequestCommand; reply: JoinRequestDetailReply };
  [OnboardingSubjects.approveJoinRequest]: { request: JoinRequestDecisionCommand; reply: JoinRequestReply };
  [OnboardingSubjects.declineJoinRequest]: { request: JoinRequestDecisionCommand; reply: JoinRequestReply };
  [OnboardingSubjects.startBulkDecision]: { request: BulkDecisionCommand; reply: BulkDecisionReply };
  [OnboardingSubjects.getBulkDecision]: { request: BulkDecisionQueryCommand; reply: BulkDecisionReply };
  [OnboardingSubjects.listBulkDecisionResults]: {
    request: ListBulkDecisionResultsCommand;
    reply: BulkDecisionResultPageReply;
  };
  [OnboardingSubjects.deleteRequesterAccount]: {
    request: JoinRequestDecisionCommand;
    reply: JoinRequestReply;
  };
  [OnboardingSubjects.approveImportedMembers]: {
    request: ApproveImportedMembersCommand;
    reply: ApproveImportedMembersReply;
  };
  [OnboardingSubjects.createBulkInvite]: { request: CreateBulkInviteCommand; reply: BulkInviteReply };
  [OnboardingSubjects.listBulkInvites]: { request: ListBulkInvitesCommand; reply: BulkInvitePageReply };
  [OnboardingSubjects.getBulkInvite]: { request: BulkInviteCommand; reply: BulkInviteReply };
  [OnboardingSubjects.sendBulkInvite]: { request: SendBulkInviteCommand; reply: BulkInviteReply };
  [OnboardingSubjects.discardBulkInvite]: { request: BulkInviteCommand; reply: Record<string, never> };
  [OnboardingSubjects.listBulkInviteRecipients]: {
    request: ListBulkInviteRecipientsCommand;
    reply: BulkInviteRecipientPageReply;
  };
  [OnboardingSubjects.previewInvite]: { request: PreviewInviteCommand; reply: MailPreviewReply };
  [OnboardingSubjects.getInvitation]: { request: InvitationTokenCommand; reply: InvitationReply };
  [OnboardingSubjects.acceptInvitation]: { request: AcceptInvitationCommand; reply: InvitationAcceptedReply };
  [OnboardingSubjects.resendInvitation]: { request: InvitationCommand; reply: Record<string, never> };
  [OnboardingSubjects.revokeInvitation]: { request: InvitationCommand; reply: Record<string, never> };
  [ImporterSubjects.createImport]: { request: CreateImportCommand; reply: ImportReply };
  [ImporterSubjects.replaceImportFile]: { request: ReplaceImportFileCommand; reply: ImportReply };
  [ImporterSubjects.listImports]: { request: ListImportsCommand; reply: ImportPageReply };
  [ImporterSubjects.getImport]: { request: ImportCommand; reply: ImportReply };
  [ImporterSubjects.listFindings]: { request: ListFindingsCommand; reply: FindingPageReply };
  [ImporterSubjects.listPlan]: { request: ListPlanCommand; reply: PlanPageReply };
  [ImporterSubjects.startRun]: { request: StartRunCommand; reply: ImportReply };
  [ImporterSubjects.listResults]: { request: ListPlanCommand; reply: PlanPageReply };
  [ImporterSubjects.failedRows]: { request: FailedRowsCommand; reply: FailedRowsPageReply };
}

export type RequestSubject = keyof RequestContracts;
export type RequestOf<S extends RequestSubject> = RequestContracts[S]['request'];
export type ReplyOf<S extends RequestSubject> = RequestContracts[S]['reply'];
