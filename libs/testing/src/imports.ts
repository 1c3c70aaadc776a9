import { createMembership, createUser } from './factories';
import { ApiResponse } from './http-client';
import { TestSystem } from './test-system';
import { waitFor } from './wait-for';

export interface ImportBody {
  id: string;
  status: string;
  errors: number;
  warnings: number;
  run: {
    phase: string;
    processed: number;
    total: number;
    counts: Record<string, number>;
    stopReason: string | null;
  } | null;
}

export interface RowOutcomesPage {
  items: Array<{
    row: number;
    outcome: string;
    changes: Array<{ field: string; from: string | null; to: string }>;
    reason: string | null;
  }>;
  counts: Record<string, number>;
}

/** The columns of a mentors file, in the order the tests write their rows. */
export const MENTORS_COLUMNS: readonly string[] = [
  'first_name',
  'last_name',
  'email_address',
  'username',
  'user_type',
  'mentor_information_attributes:maximum_mentees',
  'mentor_information_attributes:student_contact_preference',
];

/** The header line of a mentors CSV file. */
export const MENTORS_HEADER = MENTORS_COLUMNS.join(',');

/** Long enough for a large file's analysis on a busy machine. */
const ANALYSIS_WAIT_MS = 60_000;

/**
 * Uploads a form (POST a new import, PUT a corrected file) and, once accepted (202, with the import to follow in
 * `Location`), follows the import until its analysis is over: the answer is the upload's status and headers with the
 * import as analysed (or failed). A refused upload is answered as it came.
 */
export async function uploadAnalysed<T extends { status?: string }>(
  system: TestSystem,
  path: string,
  form: FormData,
  token: string,
  method = 'POST',
): Promise<ApiResponse<T>> {
  const accepted = await system.api.upload<T>(path, form, token, method);
  if (accepted.status !== 202) return accepted;
  const location = accepted.headers.get('location');
  if (!location) throw new Error(`an accepted upload without a Location: ${JSON.stringify(accepted.body)}`);
  const body = await waitFor(
    `the analysis of ${location}`,
    async () => {
      const read = await system.api.get<T>(location, token);
      return read.status === 200 && read.body.status !== 'analyzing' ? read.body : undefined;
    },
    ANALYSIS_WAIT_MS,
  );
  return { ...accepted, body };
}

/** An institution's imports through the gateway, as a staff member: upload, run to the end, read the outcomes. */
export class ImportsClient {
  constructor(
    private readonly system: TestSystem,
    private readonly institutionId: string,
    private readonly token: string,
  ) {}

  path(suffix = ''): string {
    return `/v1/institutions/${this.institutionId}/imports${suffix}`;
  }

  /** Uploads the header and lines as a file and waits for its analysis; fails the test unless it is analysed. */
  async upload(header: string, lines: string[], fields: Record<string, string>): Promise<ImportBody> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', new Blob([[header, ...lines].join('\n')]), 'import.csv');
    const uploaded = await uploadAnalysed<ImportBody>(this.system, this.path(), form, this.token);
    if (uploaded.status !== 202 || uploaded.body.status !== 'analyzed')
      throw new Error(`upload failed: ${JSON.stringify(uploaded.body)}`);
    return uploaded.body;
  }

  async read(importId: string): Promise<ImportBody> {
    return (await this.system.api.get<ImportBody>(this.path(`/${importId}`), this.token)).body;
  }

  finished(importId: string, timeoutMs = 30_000): Promise<ImportBody> {
    return waitFor(
      `import ${importId} to finish`,
      async () => {
        const read = await this.read(importId);
        return ['completed', 'stopped'].includes(read.status) ? read : undefined;
      },
      timeoutMs,
    );
  }

  /** Submits the import; fails the test unless the run is accepted. */
  async start(importId: string): Promise<void> {
    const started = await this.system.api.post<ImportBody>(this.path(`/${importId}/runs`), {}, this.token);
    if (started.status !== 202) throw new Error(`the run was refused: ${JSON.stringify(started.body)}`);
  }

  /** Submits the import and waits for its run to end. */
  async run(importId: string): Promise<ImportBody> {
    await this.start(importId);
    return this.finished(importId);
  }

  async outcomes(importId: string, of: 'plan' | 'results', query = ''): Promise<RowOutcomesPage> {
    return (await this.system.api.get<RowOutcomesPage>(this.path(`/${importId}/${of}${query}`), this.token))
      .body;
  }
}

/** A person already at the institution, as an import finds them: an account of the type and a membership. */
export async function addMember(
  system: TestSystem,
  institutionId: string,
  person: {
    email: string;
    name: string;
    username: string;
    userType: 'student' | 'mentor';
    status?: 'active' | 'pending';
    excludedFromSyncs?: boolean;
  },
): Promise<{ id: string }> {
  const user = await createUser(system.db, {
    email: person.email,
    name: person.name,
    userType: person.userType,
  });
  await createMembership(system.db, user, institutionId, {
    username: person.username,
    status: person.status,
    roles: [person.userType],
    excludedFromSyncs: person.excludedFromSyncs,
  });
  return user;
}
