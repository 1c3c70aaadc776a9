import { TestSystem, STRONG_PASSWORD, uniqueEmail } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';

describe('mail delivery while the SMTP server is away', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('sends the verification mail once the SMTP server is back, and only once', async () => {
    await system.smtp.stop();
    const email = uniqueEmail('patient');

    const signup = await system.api.post('/v1/auth/signup', {
      email,
      password: STRONG_PASSWORD,
      name: 'Pat Patient',
      userType: 'student',
    });
    expect(signup.status).toBe(202);
    await delay(1500);
    const [queued] = await system.db.query<{ status: string; attempts: number }>(
      `select status, attempts from identity.mail_message where recipient = $1`,
      [email],
    );
    expect(queued.status).toBe('queued');
    expect(queued.attempts).toBeGreaterThan(0);

    await system.smtp.resume();

    await system.smtp.waitForMail(email, /Confirm your email/, 30_000);
    await delay(1000);
    expect(system.smtp.to(email)).toHaveLength(1);
  });
});
