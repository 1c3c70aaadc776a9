import { IdentitySubjects } from '@careers/contracts';
import { TestSystem } from '@careers/testing';
import { connect, NatsConnection } from 'nats';

describe('a service that does not answer', () => {
  let system: TestSystem;
  let nc: NatsConnection;

  beforeAll(async () => {
    // The gateway alone: identity's subjects are either silent or not served at all.
    system = await TestSystem.start({ apps: ['gateway'], env: { REQUEST_TIMEOUT_MS: '1000' } });
    nc = await connect({ servers: system.nats.url });
  });

  afterAll(async () => {
    await nc?.close();
    await system?.stop();
  });

  const login = () => system.api.post('/v1/auth/login', { email: 'a@example.test', password: 'whatever' });

  it('is a 504 problem within the timeout when the service takes the request and never replies', async () => {
    const silent = nc.subscribe(IdentitySubjects.login, { queue: 'identity' });
    await nc.flush();
    try {
      const started = Date.now();
      const response = await login();
      const elapsed = Date.now() - started;

      expect(response.status).toBe(504);
      expect(response.body).toMatchObject({ type: 'urn:careers:problem:service-timeout', status: 504 });
      expect(elapsed).toBeGreaterThanOrEqual(1000);
      expect(elapsed).toBeLessThan(3000);
    } finally {
      silent.unsubscribe();
    }
  });

  it('is a 503 problem at once when no replica of the service is running', async () => {
    const response = await login();

    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ type: 'urn:careers:problem:service-unavailable', status: 503 });
  });

  it('stays healthy', async () => {
    const health = await fetch(`${system.api.baseUrl}/health/ready`);
    expect(health.status).toBe(200);
  });
});
