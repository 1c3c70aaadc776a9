import type {
  ImportedMembershipData,
  UserCreatedData,
  UsersImportedData,
  UserUpdatedData,
} from '@careers/contracts';

/** What a batch did, to be told in `users.imported` events. */
export interface ImportedPeople {
  created: UserCreatedData[];
  renamed: UserUpdatedData[];
  granted: ImportedMembershipData[];
}

/**
 * A person's entry without its texts, at most: the keys, the ids, the type, status and roles, the punctuation. An
 * entry's size is this and its texts as JSON strings, which costs a few native calls, not a serialization.
 */
const ENTRY_BYTES = 200;

/** An event's own fields around its lists. */
const EVENT_BYTES = 200;

/**
 * The batch as few events as it fits in, each at most `maxBytes` of JSON: the people created, then renamed, then
 * granted, in order (a person's creation never comes after its membership). An entry larger than the budget on its
 * own still goes, alone. None when the batch did nothing.
 */
export function usersImportedEvents(
  institutionId: string,
  people: ImportedPeople,
  maxBytes: number,
): UsersImportedData[] {
  const events: UsersImportedData[] = [];
  let event = empty(institutionId);
  let bytes = EVENT_BYTES;
  const add = <K extends keyof ImportedPeople>(
    list: K,
    entry: ImportedPeople[K][number],
    texts: string[],
  ) => {
    const size = texts.reduce((sum, text) => sum + Buffer.byteLength(JSON.stringify(text)), ENTRY_BYTES);
    if (bytes + size > maxBytes && bytes > EVENT_BYTES) {
      events.push(event);
      event = empty(institutionId);
      bytes = EVENT_BYTES;
    }
    (event[list] as ImportedPeople[K][number][]).push(entry);
    bytes += size;
  };
  for (const user of people.created) add('created', user, [user.email, user.name]);
  for (const user of people.renamed) add('renamed', user, [user.name]);
  for (const member of people.granted) add('granted', member, [member.email, member.username]);
  if (bytes > EVENT_BYTES) events.push(event);
  return events;
}

function empty(institutionId: string): UsersImportedData {
  return { institutionId, created: [], renamed: [], granted: [] };
}
