import {
  TestSystem,
  waitFor,
  ImportBody,
  ImportsClient,
  addStaffMember,
  createInstitution,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import type { Checks } from './drill';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';

export interface EndState {
  run: Record<string, number> | undefined;
  results: Record<string, number>;
  accounts: number;
  activeMembers: number;
  usernamesAsFiled: number;
  replicatedInDirectory: number;
}

/** One institution importing the same kind of file (its own people, so the two runs never share an account). */
export class ImportingInstitution {
  private constructor(
    private readonly system: TestSystem,
    private readonly institutionId: string,
    private readonly client: ImportsClient,
    private readonly domain: string,
    /** How many people its file has. */
    readonly rows: number,
  ) {}

  static async create(system: TestSystem, adminToken: string, rows: number): Promise<ImportingInstitution> {
    const institutionId = await createInstitution(system, adminToken);
    const staff = await addStaffMember(system, adminToken, institutionId, 'career_services_admin');
    const client = new ImportsClient(system, institutionId, staff.token);
    return new ImportingInstitution(
      system,
      institutionId,
      client,
      `drill-${randomUUID().slice(0, 6)}.test`,
      rows,
    );
  }

  /** Uploads a Students file of `rows` new people and submits it; returns the import's id. */
  async submit(): Promise<string> {
    const lines = Array.from(
      { length: this.rows },
      (_, index) => `Drill,Person ${index},p${index}@${this.domain},U${index},Students,Senior`,
    );
    const uploaded = await this.client.upload(HEADER, lines, { fileType: 'Students', mode: 'manual' });
    await this.client.start(uploaded.id);
    return uploaded.id;
  }

  read(importId: string): Promise<ImportBody> {
    return this.client.read(importId);
  }

  finished(importId: string): Promise<ImportBody> {
    return this.client.finished(importId, 180_000);
  }

  /** What the run left: its counts, the per-row results, and the rows in identity and directory. */
  async endState(importId: string): Promise<EndState> {
    const done = await this.finished(importId);
    const results = await this.client.outcomes(importId, 'results', '?limit=1');
    const pattern = `%@${this.domain}`;
    const [stored] = await this.system.db.query<Omit<EndState, 'run' | 'results' | 'replicatedInDirectory'>>(
      `select count(*)::int as accounts,
              count(m.id) filter (where m.status = 'active')::int as "activeMembers",
              count(*) filter (where m.username = 'U' || substr(u.email, 2, strpos(u.email, '@') - 2))::int
                as "usernamesAsFiled"
         from identity.user_account u
         left join identity.membership m on m.user_id = u.id and m.institution_id = $1
        where u.email like $2`,
      [this.institutionId, pattern],
    );
    const replicatedInDirectory = await waitFor(
      'directory to have replicated every imported account',
      async () => {
        const [{ count }] = await this.system.db.query<{ count: number }>(
          'select count(*)::int as count from directory.user_replica where email_key like $1',
          [pattern],
        );
        return count >= stored.accounts ? count : undefined;
      },
      60_000,
    );
    return { run: done.run?.counts, results: results.counts, ...stored, replicatedInDirectory };
  }
}

/** An interrupted run's end state compared with an uninterrupted one's, line by line. */
export function checkSameEndState(checks: Checks, expected: EndState, actual: EndState): void {
  checks.equal('run counts equal the uninterrupted run', expected.run, actual.run);
  checks.equal('per-row result counts equal', expected.results, actual.results);
  checks.equal('accounts equal', expected.accounts, actual.accounts);
  checks.equal('active memberships equal', expected.activeMembers, actual.activeMembers);
  checks.equal('usernames as in the file equal', expected.usernamesAsFiled, actual.usernamesAsFiled);
  checks.equal(
    'accounts replicated in directory equal',
    expected.replicatedInDirectory,
    actual.replicatedInDirectory,
  );
}
