import { type TestSystem, createUser, institutionWithStaff, waitFor } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import type { Checks } from './drill';
import { Refusals } from './refusals';

type Decision = 'approve' | 'decline';

interface Asker {
  userId: string;
  email: string;
  requestId: string;
  decision: Decision;
}

const STATUS_OF: Record<Decision, string> = { approve: 'approved', decline: 'declined' };

/**
 * Join-request traffic: students ask to join a school, then its staff approve or decline each (in turn) while the
 * drill breaks something. Onboarding stores each decision and publishes it; identity's consumer makes the
 * membership active or not; an approved student is mailed once.
 */
export class JoinRequestDecisions {
  private next = 0;
  /** Requests whose decision the gateway acknowledged (200). */
  readonly acknowledged: Asker[] = [];
  /** Answers other than 200, by status (0: the connection broke before an answer). */
  readonly refused = new Refusals();

  private constructor(
    private readonly system: TestSystem,
    private readonly institutionId: string,
    private readonly staffToken: string,
    private readonly askers: Asker[],
  ) {}

  /** `people` students of a new school, each with a pending request to join it (made four at a time). */
  static async start(system: TestSystem, people: number): Promise<JoinRequestDecisions> {
    const { institutionId, staff } = await institutionWithStaff(system, 'career_services_admin');
    const ask = async (index: number): Promise<Asker> => {
      const student = await createUser(system.db, { userType: 'student', name: `Asking Student ${index}` });
      const token = await system.api.login(student.email, student.password);
      const asked = await system.api.post<{ id: string }>('/v1/me/join-requests', { institutionId }, token);
      if (asked.status !== 201) throw new Error(`asking to join failed: ${JSON.stringify(asked.body)}`);
      return {
        userId: student.id,
        email: student.email.toLowerCase(),
        requestId: asked.body.id,
        decision: index % 2 === 0 ? 'approve' : 'decline',
      };
    };
    const askers: Asker[] = [];
    for (let first = 0; first < people; first += 4) {
      const batch = Array.from({ length: Math.min(4, people - first) }, (_, offset) => ask(first + offset));
      askers.push(...(await Promise.all(batch)));
    }
    return new JoinRequestDecisions(system, institutionId, staff.token, askers);
  }

  /**
   * Decides the requests in order, `concurrency` at a time, each worker pausing `pauseMs` after each decision, until
   * `until` resolves (or none is left).
   */
  async decideUntil(until: Promise<unknown>, concurrency = 2, pauseMs = 0): Promise<void> {
    let stop = false;
    const stopNow = () => (stop = true);
    until.then(stopNow, stopNow);
    const worker = async (): Promise<void> => {
      while (!stop && this.next < this.askers.length) {
        await this.decide(this.askers[this.next++]);
        await delay(pauseMs);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  private async decide(asker: Asker): Promise<void> {
    const response = await this.system.api
      .post(
        `/v1/institutions/${this.institutionId}/join-requests/${asker.requestId}/${asker.decision}`,
        {},
        this.staffToken,
      )
      .catch(() => ({ status: 0 }));
    if (response.status === 200) this.acknowledged.push(asker);
    else this.refused.add(response.status);
  }

  /** Each acknowledged request as onboarding stored it and identity applied it, and the approval mails. */
  private async stored(): Promise<
    Array<{ requestId: string; status: string; membership: string | null; approvalMails: number }>
  > {
    const received = this.system.smtp.messageIdsPerAddress(/approved your request/);
    const rows = await this.system.db.query<{ requestId: string; status: string; membership: string | null }>(
      `select r.id as "requestId", r.status, m.status as membership
         from onboarding.join_request r
         left join identity.membership m on m.user_id = r.user_id and m.institution_id = r.institution_id
        where r.id = any($1::uuid[])`,
      [this.acknowledged.map(({ requestId }) => requestId)],
    );
    const emailOf = new Map(this.acknowledged.map((asker) => [asker.requestId, asker.email]));
    return rows.map((row) => ({
      ...row,
      approvalMails: [...(received.get(emailOf.get(row.requestId) ?? '') ?? [])].length,
    }));
  }

  /**
   * Waits for identity and the mail to catch up, then checks: every acknowledged decision stored as taken, its
   * membership active exactly when approved, each approved student mailed once and a declined one never.
   */
  async check(checks: Checks, allowedRefusals: number[]): Promise<void> {
    checks.note(
      `join-request decisions acknowledged (200): ${this.acknowledged.length}; other answers: ${this.refused}`,
    );
    const decisionOf = new Map(this.acknowledged.map((asker) => [asker.requestId, asker.decision]));
    const settled = (rows: Awaited<ReturnType<JoinRequestDecisions['stored']>>) =>
      rows.every(({ requestId, membership, approvalMails }) =>
        decisionOf.get(requestId) === 'approve'
          ? membership === 'active' && approvalMails > 0
          : membership === 'declined',
      );
    const rows = await waitFor(
      'identity and the mail to apply every decision',
      async () => {
        const now = await this.stored();
        return settled(now) ? now : undefined;
      },
      60_000,
    ).catch(() => this.stored());
    const approved = rows.filter(({ requestId }) => decisionOf.get(requestId) === 'approve');
    const declined = rows.filter(({ requestId }) => decisionOf.get(requestId) === 'decline');

    checks.equal(
      `refusals other than ${allowedRefusals.join('/')}`,
      0,
      this.refused.otherThan(allowedRefusals),
    );
    checks.equal(
      'acknowledged decisions stored as taken',
      this.acknowledged.length,
      rows.filter(({ requestId, status }) => STATUS_OF[decisionOf.get(requestId) ?? 'approve'] === status)
        .length,
    );
    checks.equal(
      'approved members active in identity',
      approved.length,
      approved.filter(({ membership }) => membership === 'active').length,
    );
    checks.equal(
      'declined memberships in identity',
      declined.length,
      declined.filter(({ membership }) => membership === 'declined').length,
    );
    checks.equal(
      'approved students mailed exactly once',
      approved.length,
      approved.filter(({ approvalMails }) => approvalMails === 1).length,
    );
    checks.equal(
      'declined students mailed an approval',
      0,
      declined.filter(({ approvalMails }) => approvalMails > 0).length,
    );
  }
}
