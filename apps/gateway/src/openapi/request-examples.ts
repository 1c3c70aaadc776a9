import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  AcceptInvitationRequest,
  AddStaffRequest,
  BulkDecisionRequest,
  CreateBulkInviteRequest,
  CreateCompanyRequest,
  CreateContactRequest,
  CreateInstitutionRequest,
  CreateJoinRequestRequest,
  EmailChangeRequest,
  LabelRequest,
  LoginRequest,
  NoteRequest,
  SignupRequest,
  UpdateInstitutionSettingsRequest,
} from '@careers/contracts';
import { operationsOf } from './operations';

const INSTITUTION_ID = '0b9f3c52-6a4e-4c8e-9d0e-6f1f2a3b4c5d';

/**
 * An example body of the main requests, by operation id; each is checked against its request class, so an example
 * cannot drift from the contract.
 */
const REQUEST_EXAMPLES: Record<string, object> = {
  login: {
    email: 'ada.lovelace@example.edu',
    password: 'correct horse battery staple',
  } satisfies LoginRequest,
  signup: {
    email: 'ada.lovelace@example.edu',
    password: 'correct horse battery staple',
    name: 'Ada Lovelace',
    userType: 'alumni',
  } satisfies SignupRequest,
  requestEmailChange: {
    newEmail: 'ada@example.org',
    currentPassword: 'correct horse battery staple',
  } satisfies EmailChangeRequest,
  createInstitution: {
    name: 'Northfield University',
    website: 'https://www.northfield.example.edu',
    emailDomains: ['northfield.example.edu'],
  } satisfies CreateInstitutionRequest,
  updateInstitutionSettings: {
    employerApproval: { approval: 'review', permissions: ['post_jobs', 'post_events'] },
    acceptsStudentRequests: true,
  } satisfies UpdateInstitutionSettingsRequest,
  addStaffMember: {
    email: 'grace.hopper@northfield.example.edu',
    name: 'Grace Hopper',
    role: 'career_services_staff',
  } satisfies AddStaffRequest,
  createLabel: { name: 'Career fair 2026' } satisfies LabelRequest,
  createContact: {
    firstName: 'Katherine',
    lastName: 'Johnson',
    email: 'katherine.johnson@example.com',
    source: 'career_fair',
    title: 'Head of engineering',
    companyName: 'Orbital Analytics',
  } satisfies CreateContactRequest,
  addContactNote: { text: 'Met at the spring career fair; hiring two interns.' } satisfies NoteRequest,
  createCompany: {
    name: 'Orbital Analytics',
    domain: 'orbital.example.com',
    website: 'https://orbital.example.com',
  } satisfies CreateCompanyRequest,
  createJoinRequest: { institutionId: INSTITUTION_ID } satisfies CreateJoinRequestRequest,
  bulkApproveJoinRequests: {
    requestIds: ['5d1c7e2a-3b4f-4a6e-8c9d-0e1f2a3b4c5d', '7a8b9c0d-1e2f-4a3b-9c5d-6e7f8a9b0c1d'],
  } satisfies BulkDecisionRequest,
  createBulkInvite: {
    contactIds: ['2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a'],
  } satisfies CreateBulkInviteRequest,
  acceptInvitation: {
    name: 'Katherine Johnson',
    password: 'correct horse battery staple',
  } satisfies AcceptInvitationRequest,
};

/** Puts each example on its operation's JSON body; fails on an operation id the document does not have. */
export function documentRequestExamples(document: OpenAPIObject): void {
  const operations = new Map(
    Object.values(document.paths)
      .flatMap(operationsOf)
      .map((operation) => [operation.operationId, operation]),
  );
  for (const [operationId, example] of Object.entries(REQUEST_EXAMPLES)) {
    const body = operations.get(operationId)?.requestBody;
    const json = body && 'content' in body ? body.content['application/json'] : undefined;
    if (!json) throw new Error(`No operation ${operationId} with a JSON body for its example`);
    json.example = example;
  }
}
