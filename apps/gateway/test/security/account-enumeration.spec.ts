import {
  ApiResponse,
  createUser,
  TestSystem,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
  waitFor,
} from '@careers/testing';
import { randomInt } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { mannWhitneyP } from '../support/mann-whitney';

const ATTEMPTS = 15;
/** Samples of each kind for the statistical comparison of sign-up and password reset. */
const SAMPLES = 60;
const SIGNIFICANCE = 0.05;

interface Timed {
  response: ApiResponse;
  ms: number;
}

const median = (samples: Timed[]) => samples.map((sample) => sample.ms).sort((a, b) => a - b)[ATTEMPTS >> 1];

/**
 * As close as a busy two-core machine allows, yet far less than a password hash (40 ms here, more under load): a
 * path that skips the hash for an unknown email shows.
 */
const timingBound = (known: number, unknown: number) => 10 + 0.2 * Math.max(known, unknown);

describe('no account enumeration through sign-up, login or password reset', () => {
  let system: TestSystem;
  let existing: string;
  /** An account as the school's file loads it: active, with no password yet. */
  let loaded: string;
  /** One account a log-in attempt: repeated wrong passwords for one account from one address are held back. */
  let existingForLogin: string[];

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
    existing = (await createUser(system.db, { userType: 'employer' })).email;
    loaded = await loadedAccount();
    existingForLogin = [];
    for (let i = 0; i < ATTEMPTS; i++) existingForLogin.push((await createUser(system.db)).email);
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  const loadedAccount = async (): Promise<string> => {
    const user = await createUser(system.db);
    await system.db.query(`update identity.user_account set password_hash = null where id = $1`, [user.id]);
    return user.email;
  };

  it.each<[string, string, (email: string) => Record<string, unknown>, number]>([
    [
      'logging in with a wrong password',
      '/v1/auth/login',
      (email) => ({ email, password: 'not the password' }),
      401,
    ],
  ])(
    'answers %s the same for an existing and an unknown email, in about the same time',
    async (_action, path, body, status) => {
      const send = async (email: string): Promise<Timed> => {
        const started = performance.now();
        const response = await system.api.post(path, body(email));
        return { response, ms: performance.now() - started };
      };
      const known: Timed[] = [];
      const unknown: Timed[] = [];
      // Interleaved, so that whatever else the machine does slows both alike.
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        known.push(await send(existingForLogin[attempt]));
        unknown.push(await send(uniqueEmail('nobody')));
      }

      const answers = [...known, ...unknown].map(({ response }) => [response.status, response.body]);
      expect(answers).toEqual(answers.map(() => [status, answers[0][1]]));
      expect(known[0].response.headers.get('content-type')).toBe(
        unknown[0].response.headers.get('content-type'),
      );
      const [knownMs, unknownMs] = [median(known), median(unknown)];
      expect(Math.abs(knownMs - unknownMs)).toBeLessThan(timingBound(knownMs, unknownMs));
    },
  );

  /**
   * Sign-up and reset do the same work for every email (they queue it; whether the email has an account is read in
   * the background), so their times come from one distribution. 60 of each, in random order with a pause between,
   * compared by a Mann–Whitney U test at the usual 5 %. Two samples of one distribution differ at that level one time
   * in twenty by chance, so a difference must show in two runs of samples in a row (by chance: one time in 400); a
   * real one, as a path that skips work for an unknown email makes, shows in both.
   */
  it.each<[string, string, string, (email: string) => Record<string, unknown>]>([
    ['signing up', 'an existing', '/v1/auth/signup', signupOf],
    ['asking for a password reset', 'an existing', '/v1/auth/password-reset', (email) => ({ email })],
    ['signing up', 'a loaded', '/v1/auth/signup', signupOf],
    ['asking for a password reset', 'a loaded', '/v1/auth/password-reset', (email) => ({ email })],
  ])(
    'answers %s for %s and an unknown email in times that cannot be told apart',
    async (_action, kind, path, body) => {
      const knownEmail = kind === 'a loaded' ? loaded : existing;
      const timesOf = async (): Promise<{ known: number[]; unknown: number[] }> => {
        const known: number[] = [];
        const unknown: number[] = [];
        const order = shuffled([
          ...Array<boolean>(SAMPLES).fill(true),
          ...Array<boolean>(SAMPLES).fill(false),
        ]);
        for (const isKnown of order) {
          const started = performance.now();
          const response = await system.api.post(path, body(isKnown ? knownEmail : uniqueEmail('nobody')));
          (isKnown ? known : unknown).push(performance.now() - started);
          expect(response.status).toBe(202);
          await delay(5);
        }
        return { known, unknown };
      };

      const first = await timesOf();
      const p = mannWhitneyP(first.known, first.unknown);
      if (p >= SIGNIFICANCE) return;
      const second = await timesOf();
      expect(mannWhitneyP(second.known, second.unknown)).toBeGreaterThanOrEqual(SIGNIFICANCE);
    },
    120_000,
  );

  it('still sends a verification link to a new address and a notice to the owner of a taken one', async () => {
    const fresh = uniqueEmail('fresh');
    expect((await system.api.post('/v1/auth/signup', signupOf(fresh))).status).toBe(202);
    expect((await system.api.post('/v1/auth/signup', signupOf(existing))).status).toBe(202);
    expect((await system.api.post('/v1/auth/password-reset', { email: existing })).status).toBe(202);

    const verification = await system.smtp.waitForMail(fresh, /Confirm your email/);
    expect((await system.api.post('/v1/auth/verify-email', { token: tokenIn(verification) })).status).toBe(
      200,
    );
    await system.smtp.waitForMail(existing, /tried to sign up/);
    await system.smtp.waitForMail(existing, /new password/);
  });

  it('answers a sign-up and a reset with a loaded address as with an unknown one, and mails it the link to claim it', async () => {
    const claimable = await loadedAccount();
    const answers = [];
    for (const email of [claimable, uniqueEmail('nobody')]) {
      const signedUp = await system.api.post('/v1/auth/signup', signupOf(email));
      const reset = await system.api.post('/v1/auth/password-reset', { email });
      answers.push([signedUp.status, signedUp.headers.get('content-type'), signedUp.body]);
      answers.push([reset.status, reset.headers.get('content-type'), reset.body]);
    }

    expect(answers[2]).toEqual(answers[0]);
    expect(answers[3]).toEqual(answers[1]);
    await waitFor(
      'two claim links',
      async () =>
        system.smtp.to(claimable).filter((mail) => /Set your password/.test(mail.subject)).length === 2 ||
        undefined,
    );
    expect(system.smtp.to(claimable).map((mail) => mail.subject)).not.toContainEqual(
      expect.stringMatching(/tried to sign up|new password/),
    );
  });
});

function shuffled<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

function signupOf(email: string): Record<string, unknown> {
  return { email, password: STRONG_PASSWORD, name: 'Una Known', userType: 'student' };
}
