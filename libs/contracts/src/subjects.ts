/**
 * Request/reply subjects, `<service>.<aggregate>.<verb>`. A released subject is never renamed: a breaking
 * change gets a new subject (`...v2`).
 */
export const IdentitySubjects = {
  login: 'identity.auth.login',
  signingKeys: 'identity.auth.signing-keys',
  getUser: 'identity.user.get',
  getInstitutionReplica: 'identity.institution.get',
} as const;

export const DirectorySubjects = {
  createInstitution: 'directory.institution.create',
  getInstitution: 'directory.institution.get',
} as const;
