import type { EntityManager } from '@mikro-orm/postgresql';
import type { LabelReply } from '@careers/contracts';
import { executeBound } from '@careers/persistence';

/** The labels of each of these contacts, in one query (a page of contacts read as rows, not entities). */
export async function labelsOfContacts(
  em: EntityManager,
  contactIds: string[],
): Promise<Map<string, LabelReply[]>> {
  const byContact = new Map<string, LabelReply[]>();
  if (contactIds.length === 0) return byContact;
  const schema = em.config.get('schema') as string;
  const rows = await executeBound<{ contactId: string; id: string; name: string }>(
    em,
    `select cl.contact_id as "contactId", l.id, l.name
       from "${schema}"."contact_label" cl join "${schema}"."label" l on l.id = cl.label_id
      where cl.contact_id = any(?::uuid[])`,
    [contactIds],
  );
  for (const { contactId, id, name } of rows) {
    const labels = byContact.get(contactId) ?? [];
    labels.push({ id, name });
    byContact.set(contactId, labels);
  }
  return byContact;
}
