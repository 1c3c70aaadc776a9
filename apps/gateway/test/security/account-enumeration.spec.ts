import { ApiResponse, createUser, TestSystem } from '@careers/testing';
import { STRONG_PASSWORD, uniqueEmail } from '../support/people';

const ATTEMPTS = 15;

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

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
    existing = (await createUser(system.db, { userType: 'employer' })).email;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it.each<[string, string, (email: string) => Record<string, unknown>, number]>([
    [
      'logging in with a wrong password',
      '/v1/auth/login',
      (email) => ({ email, password: 'not the password' }),
      401,
    ],
    [
      'signing up',
      '/v1/auth/signup',
      (email) => ({ email, password: STRONG_PASSWORD, name: 'Una Known', userType: 'student' }),
      202,
    ],
    ['asking for a password reset', '/v1/auth/password-reset', (email) => ({ email }), 202],
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
        known.push(await send(existing));
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
});
