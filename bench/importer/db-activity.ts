import { Client } from 'pg';

const SAMPLE_MS = 250;
const SHOWN = 6;

export interface ActivityCount {
  /** `active: <statement>` or `idle in transaction, after: <statement>`. */
  what: string;
  samples: number;
  /** When the statement was first seen in the phase (active or just run), ms after the phase began. */
  firstSeenMs: number;
}

export interface PhaseActivity {
  phase: string;
  samples: number;
  top: ActivityCount[];
}

/**
 * Samples the test database's sessions (pg_stat_activity) every 250 ms: which statements the apps are running, and
 * which transactions wait on the apps (idle in transaction) meanwhile. Counted by phase, the samples say where a
 * phase's time goes: in PostgreSQL, and in which statement, or in the apps between statements.
 */
export class DbActivity {
  private counts = new Map<string, number>();
  private firstSeen = new Map<string, number>();
  private phaseStarted = performance.now();
  private samples = 0;
  private timer?: NodeJS.Timeout;
  private busy = false;

  private constructor(private readonly client: Client) {}

  static async start(url: string): Promise<DbActivity> {
    const client = new Client({ connectionString: url, application_name: 'bench-activity' });
    await client.connect();
    const activity = new DbActivity(client);
    activity.timer = setInterval(() => void activity.sample(), SAMPLE_MS);
    return activity;
  }

  /** The counts since the last call, as a phase's. */
  take(phase: string): PhaseActivity {
    const top = [...this.counts]
      .map(([what, samples]) => ({
        what,
        samples,
        firstSeenMs: this.firstSeen.get(what.slice(what.indexOf(': ') + 2)) ?? 0,
      }))
      .sort((a, b) => b.samples - a.samples)
      .slice(0, SHOWN);
    const taken = { phase, samples: this.samples, top };
    this.counts = new Map();
    this.firstSeen = new Map();
    this.phaseStarted = performance.now();
    this.samples = 0;
    return taken;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.client.end();
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const { rows } = await this.client.query<{ state: string; query: string }>(
        `select state, query from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and state in ('active', 'idle in transaction')
            and application_name <> 'bench-activity'`,
      );
      this.samples += 1;
      const at = performance.now() - this.phaseStarted;
      for (const { state, query } of rows) {
        const kind = statement(query);
        const what = `${state === 'active' ? 'active' : 'idle in transaction, after'}: ${kind}`;
        this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
        if (!this.firstSeen.has(kind)) this.firstSeen.set(kind, at);
      }
    } catch {
      // A sample missed (the database going away at the end) is no figure.
    } finally {
      this.busy = false;
    }
  }
}

/** The statement's kind and target, short: `insert into importer.import_row`, `select … from identity.user_account`. */
function statement(query: string): string {
  const text = query.replace(/"/g, '').replace(/\s+/g, ' ').trim();
  const verb = /^(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '?';
  const table = /\b(?:into|update|from)\s+([a-z_]+\.[a-z_]+)/i.exec(text)?.[1];
  return table ? `${verb} ${table}` : text.slice(0, 60);
}
