import type { AccountByEmail } from './import-lookup.dto';
import { decideUserRow, SENSITIVE_FIELDS_MESSAGE, UserRowContext } from './user-row-decision';

const row = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  email_address: 'ada@school.test',
  username: 'S1001',
  user_type: 'Students',
  school_year: 'Senior',
};

function account(
  overrides: Partial<AccountByEmail> = {},
  membership: Partial<AccountByEmail['membership']> | null = {},
) {
  return {
    email: 'ada@school.test',
    userId: 'user-ada',
    userType: 'student',
    status: 'active',
    name: 'Ada Lovelace',
    membership:
      membership === null
        ? null
        : {
            status: 'active',
            username: 'S1001',
            authIdentifier: null,
            excludedFromSyncs: false,
            attributes: { school_year: 'Senior' },
            ...membership,
          },
    ...overrides,
  } as AccountByEmail;
}

const manual: UserRowContext = { mode: 'manual', sensitiveFields: false, userType: 'student' };
const sync: UserRowContext = { mode: 'sync', sensitiveFields: false, userType: 'student' };

describe('the matching rules of a people row (DESIGN rule 7)', () => {
  it('creates a person nobody has the email or the username of', () => {
    const decision = decideUserRow(row, sync);

    expect(decision.outcome).toBe('create');
    expect(decision.changes.map((change) => change.field)).toEqual([
      'name',
      'email',
      'username',
      'school_year',
    ]);
  });

  it('leaves a person unchanged when the file says what is stored, and updates what differs', () => {
    expect(decideUserRow(row, { ...sync, account: account() }).outcome).toBe('unchanged');

    const update = decideUserRow(
      { ...row, last_name: 'King', school_year: 'Masters' },
      { ...sync, account: account() },
    );
    expect(update.outcome).toBe('update');
    expect(update.changes).toEqual([
      { field: 'name', from: 'Ada Lovelace', to: 'Ada King' },
      { field: 'school_year', from: 'Senior', to: 'Masters' },
    ]);
  });

  it('never erases a stored value with a blank cell', () => {
    const withoutYear: Record<string, string> = { ...row };
    delete withoutYear['school_year'];

    expect(decideUserRow(withoutYear, { ...sync, account: account() }).outcome).toBe('unchanged');
  });

  it('fails a row whose email belongs to an account of another type', () => {
    const decision = decideUserRow(row, { ...manual, account: account({ userType: 'employer' }) });

    expect(decision).toMatchObject({ outcome: 'fail', code: 'other_account_type' });
    expect(decision.reason).toContain('employer');
  });

  it('updates in a sync only when email and username both match', () => {
    const otherUsername = decideUserRow({ ...row, username: 'S9999' }, { ...sync, account: account() });
    const usernameOfAnother = decideUserRow(row, {
      ...sync,
      holder: {
        username: 'S1001',
        userId: 'user-other',
        email: 'other@school.test',
        excludedFromSyncs: false,
      },
    });

    expect(otherUsername).toMatchObject({ outcome: 'fail', code: 'identifiers_mismatch' });
    expect(usernameOfAnother).toMatchObject({ outcome: 'fail', code: 'identifiers_mismatch' });
  });

  it('fails a manual row that would change a sensitive field without the setting, with the exact message', () => {
    const username = decideUserRow({ ...row, username: 'S2002' }, { ...manual, account: account() });
    const auth = decideUserRow({ ...row, auth_identifier: 'sso-ada' }, { ...manual, account: account() });

    expect(username).toMatchObject({ outcome: 'fail', reason: SENSITIVE_FIELDS_MESSAGE });
    expect(auth).toMatchObject({ outcome: 'fail', reason: SENSITIVE_FIELDS_MESSAGE });
  });

  it('with the setting, changes the username and approves the pending self-made account', () => {
    const pending = account({}, { status: 'pending', username: 'ada@school.test', attributes: {} });

    const decision = decideUserRow(row, { ...manual, sensitiveFields: true, account: pending });

    expect(decision.outcome).toBe('update');
    expect(decision.approvesPendingRequest).toBe(true);
    expect(decision.changes).toEqual(
      expect.arrayContaining([
        { field: 'username', from: 'ada@school.test', to: 'S1001' },
        { field: 'membership', from: 'pending', to: 'active' },
      ]),
    );
  });

  it('skips in a sync a person staff excluded from syncs', () => {
    const decision = decideUserRow(row, { ...sync, account: account({}, { excludedFromSyncs: true }) });

    expect(decision).toMatchObject({ outcome: 'skip', code: 'excluded_from_syncs' });
  });

  it('skips in a sync a person staff excluded from syncs, found by username with the email they had before', () => {
    const holder = { username: 'S1001', userId: 'user-ada', email: 'ada@home.test', excludedFromSyncs: true };

    const decision = decideUserRow(row, { ...sync, holder });

    expect(decision).toMatchObject({ outcome: 'skip', code: 'excluded_from_syncs', userId: 'user-ada' });
  });

  it('adds to the institution, in a manual file, a person of the right type who is not a member yet', () => {
    const decision = decideUserRow(row, { ...manual, account: account({}, null) });

    expect(decision.outcome).toBe('update');
    expect(decision.changes[0]).toEqual({ field: 'membership', from: null, to: 'active' });
  });
});
