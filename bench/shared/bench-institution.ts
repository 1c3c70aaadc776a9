import type { InstitutionReply } from '@careers/contracts';
import type { TestSystem } from '@careers/testing';

/** A new institution made by the platform admin through the gateway: each benchmark measures its own. */
export async function createInstitution(
  system: TestSystem,
  adminToken: string,
  name: string,
): Promise<string> {
  const created = await system.api.post<InstitutionReply>('/v1/institutions', { name }, adminToken);
  if (created.status !== 201) throw new Error(`creating the institution: ${JSON.stringify(created.body)}`);
  return created.body.id;
}
