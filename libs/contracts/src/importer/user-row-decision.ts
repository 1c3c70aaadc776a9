import type { AccountByEmail, MemberByUsername } from './import-lookup.dto';
import type { ImportMode } from './import.dto';
import type { UserType } from '../identity/user-type';
import { decided, FieldChange, RowDecision } from './row-decision';

/** A row's values by column name, blank cells left out. */
type RowValues = Record<string, string>;

/** The message of DESIGN rule 7, word for word: people search for it. */
export const SENSITIVE_FIELDS_MESSAGE =
  'attempting to update sensitive fields without sensitive fields setting';

/** The columns that name and identify the person; every other column is one of the institution's attributes. */
export const IDENTITY_COLUMNS = new Set([
  'first_name',
  'last_name',
  'email_address',
  'username',
  'auth_identifier',
  'user_type',
]);

export interface UserRowContext {
  mode: ImportMode;
  sensitiveFields: boolean;
  userType: UserType;
  /** The account with the row's email, of any type. */
  account?: AccountByEmail;
  /** The member of the institution with the row's username. */
  holder?: MemberByUsername;
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * DESIGN rule 7, for one row of a students, alumni or mentors file. Username is the school's identifier, email the
 * global one: a sync updates a person only when both match; a manual file that would change a username or an auth
 * identifier fails without the sensitive-fields setting and, with it, changes them and approves a pending request.
 * An email of another account type fails; a person excluded from syncs is skipped by sync files, whether the row
 * finds them by email or by username (the files carry the email they had before staff changed it); blank cells never
 * erase what is stored.
 */
export function decideUserRow(values: RowValues, context: UserRowContext): RowDecision {
  const { account, holder, mode } = context;
  const name = `${values['first_name']} ${values['last_name']}`;
  const username = values['username'];
  const authIdentifier = values['auth_identifier'];
  const attributes = Object.entries(values).filter(([column]) => !IDENTITY_COLUMNS.has(column));
  const userId = account?.userId ?? null;

  if (account && account.userType !== context.userType) {
    return decided('fail', {
      userId,
      code: 'other_account_type',
      reason: `the email belongs to an account of another type (${account.userType})`,
    });
  }
  if (mode === 'sync' && (holder?.excludedFromSyncs || account?.membership?.excludedFromSyncs)) {
    return decided('skip', {
      userId: holder?.userId ?? userId,
      code: 'excluded_from_syncs',
      reason: 'the person is excluded from sync files (staff changed their email)',
    });
  }
  if (holder && holder.userId !== account?.userId) {
    return mode === 'sync'
      ? mismatch(userId)
      : decided('fail', {
          userId,
          code: 'username_taken',
          reason: `the username ${username} belongs to another person at the institution (${holder.email})`,
        });
  }
  if (!account) {
    return decided('create', {
      changes: [
        { field: 'name', from: null, to: name },
        { field: 'email', from: null, to: values['email_address'] },
        { field: 'username', from: null, to: username },
        ...(authIdentifier ? [{ field: 'authIdentifier', from: null, to: authIdentifier }] : []),
        ...attributes.map(([field, to]) => ({ field, from: null, to })),
      ],
    });
  }
  const membership = account.membership;
  if (!membership) {
    if (mode === 'sync') return mismatch(userId);
    return decided('update', {
      userId,
      changes: [
        { field: 'membership', from: null, to: 'active' },
        { field: 'username', from: null, to: username },
        ...(authIdentifier ? [{ field: 'authIdentifier', from: null, to: authIdentifier }] : []),
        ...changedName(account.name, name),
        ...attributes.map(([field, to]) => ({ field, from: null, to })),
      ],
    });
  }
  const sensitive: FieldChange[] = [];
  if (!same(membership.username, username))
    sensitive.push({ field: 'username', from: membership.username, to: username });
  if (authIdentifier && membership.authIdentifier !== authIdentifier) {
    sensitive.push({ field: 'authIdentifier', from: membership.authIdentifier, to: authIdentifier });
  }
  if (mode === 'sync' && sensitive.some((change) => change.field === 'username')) return mismatch(userId);
  const allowed = mode === 'manual' && context.sensitiveFields;
  if (sensitive.length > 0 && !allowed) {
    return decided('fail', {
      userId,
      changes: sensitive,
      code: 'sensitive_fields',
      reason: SENSITIVE_FIELDS_MESSAGE,
    });
  }
  const approvesPendingRequest = allowed && sensitive.length > 0 && membership.status === 'pending';
  const changes: FieldChange[] = [
    ...sensitive,
    ...(approvesPendingRequest ? [{ field: 'membership', from: 'pending', to: 'active' }] : []),
    ...changedName(account.name, name),
    ...attributes
      .filter(([field, to]) => membership.attributes[field] !== to)
      .map(([field, to]) => ({ field, from: membership.attributes[field] ?? null, to })),
  ];
  return decided(changes.length > 0 ? 'update' : 'unchanged', { userId, changes, approvesPendingRequest });
}

function changedName(current: string, next: string): FieldChange[] {
  return current.trim() === next.trim() ? [] : [{ field: 'name', from: current, to: next }];
}

function mismatch(userId: string | null): RowDecision {
  return decided('fail', {
    userId,
    code: 'identifiers_mismatch',
    reason:
      'the email and the username do not both match one person (a sync file updates a person only when both match)',
  });
}
