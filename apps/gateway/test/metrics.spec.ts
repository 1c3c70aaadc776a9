import { TestSystem } from '@careers/testing';

describe('metrics: every app serves /metrics in Prometheus format on its own port', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const scrape = async (app: 'gateway' | 'identity') => {
    const response = await fetch(system.app(app).metricsUrl);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('counts HTTP requests by route and status, NATS handlers by subject and outcome, and the queues', async () => {
    const token = await system.adminToken();
    await system.api.get('/v1/me', token);
    await system.api.post('/v1/auth/login', { email: 'nobody@example.test', password: 'wrong-password-1' });

    const gateway = await scrape('gateway');
    const identity = await scrape('identity');

    expect(gateway.status).toBe(200);
    expect(gateway.type).toContain('text/plain');
    expect(gateway.text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/v1\/me",status="200"\} 1/,
    );
    expect(gateway.text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/v1\/auth\/login",status="401"\} 1/,
    );
    expect(gateway.text).toContain('process_cpu_seconds_total');
    expect(identity.status).toBe(200);
    expect(identity.text).toMatch(
      /rpc_handler_duration_seconds_count\{subject="identity\.auth\.login",outcome="ok"\} 1/,
    );
    expect(identity.text).toMatch(
      /rpc_handler_duration_seconds_count\{subject="identity\.auth\.login",outcome="unauthenticated"\} 1/,
    );
    expect(identity.text).toMatch(/outbox_events_pending \d+/);
    expect(identity.text).toMatch(/outbox_oldest_event_age_seconds [\d.e+-]+/);
    expect(identity.text).toMatch(
      /event_consumer_pending\{consumer="identity-directory_institution_created"\} \d+/,
    );
    expect(identity.text).toMatch(/mail_messages_queued \d+/);
  });

  it('serves the Prometheus text on the metrics port and nothing else there', async () => {
    const metrics = await scrape('gateway');
    const health = await fetch(new URL('/health/live', system.app('gateway').metricsUrl));

    expect(metrics.status).toBe(200);
    expect(metrics.type).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(metrics.text).toMatch(/^# HELP /m);
    expect(metrics.text).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    expect(health.status).toBe(404);
  });

  it("does not answer /metrics on the gateway's API port, to anyone", async () => {
    const anonymous = await system.api.get('/metrics');
    const admin = await system.api.get('/metrics', await system.adminToken());

    for (const response of [anonymous, admin]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status: 404, instance: '/metrics' });
    }
  });

  it("does not answer /metrics on a service's health port", async () => {
    const response = await fetch(`${system.app('identity').url}/metrics`);

    expect(response.status).toBe(404);
  });
});
