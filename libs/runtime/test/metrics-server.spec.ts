import { freePort } from '@careers/local-infra';
import { Gauge, register } from 'prom-client';
import { MetricsServer } from '../src/metrics/metrics-server';

describe('MetricsServer', () => {
  let server: MetricsServer;
  let url: string;

  beforeEach(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = new MetricsServer(port);
    await server.onApplicationBootstrap();
  });

  afterEach(async () => {
    await server.onApplicationShutdown().catch(() => undefined);
  });

  it('serves the registry at GET /metrics and nothing else', async () => {
    const metrics = await fetch(`${url}/metrics`);
    const other = await fetch(`${url}/health/live`);
    const posted = await fetch(`${url}/metrics`, { method: 'POST' });

    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toBe(register.contentType);
    expect(await metrics.text()).toContain('process_cpu_seconds_total');
    expect(other.status).toBe(404);
    expect(posted.status).toBe(404);
  });

  it('answers 500 while a metric cannot be read, and serves again once it can', async () => {
    let readable = false;
    const name = 'metrics_server_spec_gauge';
    new Gauge({
      name,
      help: 'Read at scrape time; fails until told otherwise.',
      collect() {
        if (!readable) throw new Error('the database is away');
        this.set(1);
      },
    });
    try {
      const failed = await fetch(`${url}/metrics`);
      readable = true;
      const served = await fetch(`${url}/metrics`);

      expect(failed.status).toBe(500);
      expect(served.status).toBe(200);
      expect(await served.text()).toContain('metrics_server_spec_gauge 1');
    } finally {
      register.removeSingleMetric(name);
    }
  });

  it('closes its port on shutdown', async () => {
    // fetch keeps its connection open for the next request, as Prometheus does.
    await fetch(`${url}/metrics`).then((response) => response.text());

    await server.onApplicationShutdown();

    await expect(fetch(`${url}/metrics`)).rejects.toThrow();
  });
});
