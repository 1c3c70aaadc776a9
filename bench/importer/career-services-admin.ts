import { addStaffMember, createInstitution, type TestSystem } from '@careers/testing';

/** A fresh institution and a career services admin of it, logged in: imports need `imports:manage`. */
export async function institutionWithAdmin(
  system: TestSystem,
): Promise<{ institutionId: string; token: string }> {
  const admin = await system.adminToken();
  const institutionId = await createInstitution(system, admin, 'Bench University');
  const { token } = await addStaffMember(system, admin, institutionId, 'career_services_admin');
  return { institutionId, token };
}
