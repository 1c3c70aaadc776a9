import { createUser, TestSystem, uniqueEmail } from '@careers/testing';
import { connect, nanos } from 'nats';
import { postFrom } from './support/post-from';

const PER_IP = 8;

/**
 * Two gateway replicas behind one load balancer count in the same NATS KV bucket: a client spreading its requests over
 * both gets the limit once, not once per replica, and requests at the same moment never slip past it.
 */
describe('rate limits shared by gateway replicas', () => {
  let system: TestSystem;
  let first: string;
  let second: string;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity'],
      env: {
        RATE_LIMIT_PER_IP: String(PER_IP),
        RATE_LIMIT_WINDOW_SECONDS: '600',
        TRUSTED_PROXIES: '127.0.0.1',
      },
    });
    first = system.app('gateway').url;
    second = (await system.startAnotherGateway()).url;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const resetFrom = (gateway: string, client: string, headers: Record<string, string> = {}) =>
    postFrom(gateway, client, '/v1/auth/password-reset', { email: uniqueEmail() }, headers).then(
      (answer) => answer.status,
    );

  it('counts a client’s requests at either gateway against one limit, and refuses the next at both', async () => {
    const statuses = [];
    for (let i = 0; i < PER_IP; i++)
      statuses.push(await resetFrom(i % 2 === 0 ? first : second, '127.0.0.11'));

    expect(statuses).toEqual(Array(PER_IP).fill(202));
    expect(await resetFrom(first, '127.0.0.11')).toBe(429);
    expect(await resetFrom(second, '127.0.0.11')).toBe(429);
    expect(await resetFrom(second, '127.0.0.12')).toBe(202);
  });

  it('admits exactly the limit when many requests arrive at both gateways at the same moment', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 3 * PER_IP }, (_, i) => resetFrom(i % 2 === 0 ? first : second, '127.0.0.13')),
    );

    expect(statuses.filter((status) => status === 202)).toHaveLength(PER_IP);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2 * PER_IP);
  });

  it('makes a source that failed at one gateway wait at the other too', async () => {
    const owner = await createUser(system.db);
    const guess = { email: owner.email, password: 'a wrong guess' };
    const failures = [];
    for (let i = 0; i < 5; i++)
      failures.push(
        (await postFrom(i % 2 === 0 ? first : second, '127.0.0.14', '/v1/auth/login', guess)).status,
      );
    const right = { email: owner.email, password: owner.password };

    expect(failures).toEqual([401, 401, 401, 401, 401]);
    expect(await postFrom(second, '127.0.0.14', '/v1/auth/login', right)).toEqual({
      status: 429,
      retryAfter: 1,
    });
    expect(await postFrom(first, '127.0.0.14', '/v1/auth/login', right)).toMatchObject({ status: 429 });
    expect((await postFrom(first, '127.0.0.15', '/v1/auth/login', right)).status).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a client cannot name another address', async () => {
    const statuses = [];
    for (let i = 0; i <= PER_IP; i++)
      statuses.push(
        await resetFrom(i % 2 === 0 ? first : second, '127.0.0.16', { 'x-forwarded-for': `203.0.113.${i}` }),
      );

    expect(statuses).toEqual([...Array(PER_IP).fill(202), 429]);
  });

  it('counts the client a trusted proxy names, each on its own', async () => {
    const statuses = [];
    for (let i = 0; i < PER_IP; i++)
      statuses.push(
        await resetFrom(i % 2 === 0 ? first : second, '127.0.0.1', { 'x-forwarded-for': '198.51.100.7' }),
      );

    expect(statuses).toEqual(Array(PER_IP).fill(202));
    expect(await resetFrom(second, '127.0.0.1', { 'x-forwarded-for': '198.51.100.7' })).toBe(429);
    expect(await resetFrom(first, '127.0.0.1', { 'x-forwarded-for': '198.51.100.8' })).toBe(202);
  });

  it('counts in each gateway’s own memory when the bucket fails, promptly: never unlimited, never hanging', async () => {
    const nc = await connect({ servers: system.nats.servers });
    await (await nc.jetstreamManager()).streams.delete('KV_rate-limits');
    await nc.close();

    const started = Date.now();
    const statuses = [];
    for (let i = 0; i <= PER_IP; i++) statuses.push(await resetFrom(first, '127.0.0.17'));

    expect(statuses).toEqual([...Array(PER_IP).fill(202), 429]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the rate-limit bucket on a NATS cluster', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway'], natsNodes: 3, env: { NATS_STREAM_REPLICAS: '3' } });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('has NATS_STREAM_REPLICAS copies and keeps keys as long as the longest window', async () => {
    const nc = await connect({ servers: system.nats.servers });
    try {
      const { config } = await (await nc.jetstreamManager()).streams.info('KV_rate-limits');

      expect(config.num_replicas).toBe(3);
      expect(config.max_age).toBe(nanos(60 * 60 * 1000));
    } finally {
      await nc.close();
    }
  });
});
