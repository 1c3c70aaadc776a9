/**
 * Request/reply subjects, `<service>.<aggregate>.<verb>`. A released subject is never renamed: a breaking
 * change gets a new subject (`...v2`).
 */
export const IdentitySubjects = {
  login: 'identity.auth.login',
  signingKeys: 'identity.auth.signing-keys',
  getUser: 'identity.user.get',
  getInstitutionReplica: 'identity.institution.get',
  signup: 'identity.auth.signup',
  verifyEmail: 'identity.auth.verify-email',
  requestPasswordReset: 'identity.auth.password-reset.request',
  confirmPasswordReset: 'identity.auth.password-reset.confirm',
  updateMe: 'identity.user.update',
  requestEmailChange: 'identity.email-change.request',
  confirmEmailChange: 'identity.email-change.confirm',
  confirmEmailChangeLink: 'identity.email-change.confirm-link',
  addStaff: 'identity.staff.add',
  listStaff: 'identity.staff.list',
  changeStaffRole: 'identity.staff.change-role',
  removeStaff: 'identity.staff.remove',
  searchInstitutionUsers: 'identity.institution-user.search',
  getInstitutionUser: 'identity.institution-user.get',
  updateInstitutionUser: 'identity.institution-user.update',
  deletePendingUser: 'identity.institution-user.delete-pending',
} as const;

export const DirectorySubjects = {
  createInstitution: 'directory.institution.create',
  getInstitution: 'directory.institution.get',
} as const;
