import type { AppProcess, TestSystem } from '@careers/testing';

/** What a replica counts as a piece of work it handled: an HTTP request for the gateway, a NATS request otherwise. */
function workMetric(app: AppProcess): string {
  return app.name === 'gateway'
    ? 'http_request_duration_seconds_count'
    : 'rpc_handler_duration_seconds_count';
}

/** The requests one replica handled so far, summed over its metric's labels (from its Prometheus metrics). */
async function handled(app: AppProcess): Promise<number> {
  const text = await (await fetch(app.metricsUrl)).text();
  const metric = workMetric(app);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** The requests each replica of every app handled so far, by its label (`directory`, `directory-2`). */
export async function workPerReplica(system: TestSystem): Promise<Record<string, number>> {
  const replicas = [...system.replicas.values()].flat();
  const counts = await Promise.all(replicas.map(handled));
  return Object.fromEntries(replicas.map((app, index) => [app.label, counts[index]]));
}
