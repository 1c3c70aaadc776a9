import type { EntityManager } from '@mikro-orm/postgresql';
import type { ImportReply } from '@careers/contracts';
import { userNames } from '@careers/messaging';
import type { Import } from './import.entity';

/** Imports as the API gives them, with the names of the people they mention read in one query. */
export async function importReplies(em: EntityManager, imports: Import[]): Promise<ImportReply[]> {
  const names = await userNames(
    em,
    imports.flatMap((imported) => imported.people),
  );
  return imports.map((imported) => imported.toReply(names));
}

export async function importReply(em: EntityManager, imported: Import): Promise<ImportReply> {
  const [reply] = await importReplies(em, [imported]);
  return reply;
}
