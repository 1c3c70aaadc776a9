import { TestSystem } from './test-system';
import { randomUUID } from 'node:crypto';

export interface ContactBody {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  source: string;
  companyName: string | null;
  labels: Array<{ id: string; name: string }>;
  linkedUserId: string | null;
  archived: boolean;
}

export interface ContactPage {
  items: ContactBody[];
  nextCursor: string | null;
}

/** Adds a contact through the API and returns it; fails the test with the problem otherwise. */
export async function addContact(
  system: TestSystem,
  token: string,
  institutionId: string,
  fields: Record<string, unknown> = {},
): Promise<ContactBody> {
  const body = {
    firstName: 'Pat',
    lastName: 'Contact',
    email: `contact-${randomUUID().slice(0, 8)}@example.test`,
    ...fields,
  };
  const response = await system.api.post<ContactBody>(
    `/v1/institutions/${institutionId}/contacts`,
    body,
    token,
  );
  if (response.status !== 201) throw new Error(`adding a contact failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function addLabel(
  system: TestSystem,
  token: string,
  institutionId: string,
  name: string,
): Promise<string> {
  const response = await system.api.post(`/v1/institutions/${institutionId}/labels`, { name }, token);
  if (response.status !== 201) throw new Error(`adding a label failed: ${JSON.stringify(response.body)}`);
  return response.body['id'] as string;
}
