import { TestSystem } from '@careers/testing';

/** Drafts a bulk invite of these contacts and sends it; returns its id. The mails go out a moment later. */
export async function sendInvite(
  system: TestSystem,
  staffToken: string,
  institutionId: string,
  contactIds: string[],
): Promise<string> {
  const invites = `/v1/institutions/${institutionId}/bulk-invites`;
  const draft = await system.api.post(invites, { contactIds }, staffToken);
  if (draft.status !== 201) throw new Error(`drafting an invite failed: ${JSON.stringify(draft.body)}`);
  const inviteId = draft.body['id'] as string;
  const sent = await system.api.post(`${invites}/${inviteId}/send`, {}, staffToken);
  if (sent.status !== 202) throw new Error(`sending an invite failed: ${JSON.stringify(sent.body)}`);
  return inviteId;
}
