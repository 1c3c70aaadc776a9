import { EVENTS_STREAM } from '@careers/contracts';
import type { AppName, TestSystem } from '@careers/testing';
import { connect } from 'nats';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { BulkInviteSend } from './bulk-invite-send';
import { Checks, Drill, withSystem } from './drill';
import { LinkedContactsTraffic } from './linked-contacts-traffic';

const NODES = 3;
const ACCOUNTS = 5_000;
const CONTACTS = 8_000;
const TRAFFIC_BEFORE_MS = 3_000;
const TRAFFIC_AFTER_MS = 8_000;

/** The EVENTS stream's replicas as JetStream reports them: its leader's server name and the others'. */
async function eventsStreamCluster(
  system: TestSystem,
): Promise<{ replicas: number; leader?: string; followers: string[] }> {
  const nc = await connect({ servers: system.nats.servers });
  try {
    const info = await (await nc.jetstreamManager()).streams.info(EVENTS_STREAM);
    return {
      replicas: info.config.num_replicas,
      leader: info.cluster?.leader,
      followers: (info.cluster?.replicas ?? [])
        .filter((peer) => peer.current && !peer.offline)
        .map((peer) => peer.name),
    };
  } finally {
    await nc.close();
  }
}

/** Each app's process id and whether it answers ready (its database and NATS connected). */
async function appsState(
  system: TestSystem,
): Promise<Array<{ name: AppName; pid?: number; ready: boolean }>> {
  return Promise.all(
    [...system.apps.values()].map(async (app) => ({
      name: app.name,
      pid: app.pid,
      ready: await fetch(`${app.url}/health/ready`).then(
        (response) => response.ok,
        () => false,
      ),
    })),
  );
}

export const natsClusterLeaderKilled: Drill = {
  id: 'nats-cluster-leader-killed',
  name: "The EVENTS stream's leader node killed in a NATS cluster",
  proves: `on a ${NODES}-node JetStream cluster with NATS_STREAM_REPLICAS=${NODES}, SIGKILLing the node that leads the EVENTS stream during event traffic and a bulk-invite send to ${CONTACTS.toLocaleString('en')} contacts loses nothing, doubles nothing, and every app carries on without a restart`,
  timeLimitMs: 4 * 60_000,
  run: (checks: Checks) =>
    withSystem(
      {
        apps: ['gateway', 'identity', 'directory', 'onboarding'],
        natsNodes: NODES,
        env: { NATS_STREAM_REPLICAS: String(NODES) },
      },
      async (system) => {
        const before = await appsState(system);
        const traffic = await LinkedContactsTraffic.start(system, ACCOUNTS);
        const send = await BulkInviteSend.start(system, CONTACTS, checks);
        const stream = await eventsStreamCluster(system);
        checks.equal('EVENTS stream replicas', NODES, stream.replicas);
        checks.equal('EVENTS stream followers current', NODES - 1, stream.followers.length);

        let killedLeader = '';
        let emailedAtKill = 0;
        let acknowledgedAtKill = 0;
        const killed = send
          .untilFirstEmails()
          .then(() => delay(TRAFFIC_BEFORE_MS))
          .then(async () => {
            const { leader } = await eventsStreamCluster(system);
            if (!leader) throw new Error('the EVENTS stream has no leader');
            killedLeader = leader;
            emailedAtKill = send.emailed;
            acknowledgedAtKill = traffic.acknowledged.length;
            await system.nats.node(leader).kill();
            checks.note(
              `killed ${leader}, the EVENTS stream's leader (SIGKILL), with ${emailedAtKill} emails out and ${acknowledgedAtKill} contacts acknowledged`,
            );
          })
          .then(() => delay(TRAFFIC_AFTER_MS));
        await traffic.addContactsUntil(killed);
        await killed;

        const after = await eventsStreamCluster(system);
        checks.that(
          'the stream has a new leader among the nodes left',
          after.leader !== undefined && after.leader !== killedLeader,
          `${after.leader ?? 'none'} (was ${killedLeader})`,
        );
        checks.that(
          'event traffic was flowing when the leader was killed',
          acknowledgedAtKill > 0,
          `${acknowledgedAtKill} contacts acknowledged before`,
        );
        checks.that(
          'the send was still going when the leader was killed',
          emailedAtKill < send.expected,
          `${emailedAtKill} of ${send.expected} emailed`,
        );
        checks.that(
          'contacts acknowledged after the kill',
          traffic.acknowledged.length > acknowledgedAtKill,
          `${traffic.acknowledged.length - acknowledgedAtKill} of ${traffic.acknowledged.length}`,
        );
        await traffic.check(checks);
        await send.check(checks);

        const now = await appsState(system);
        checks.equal(
          'apps running with the process they started with (never restarted)',
          before.map(({ name, pid }) => `${name}:${pid}`),
          now.map(({ name, pid }) => `${name}:${pid}`),
        );
        checks.equal(
          'apps ready (database and NATS connected)',
          now.map(({ name }) => name),
          now.filter(({ ready }) => ready).map(({ name }) => name),
        );
        const reconnected = now.filter(({ name }) =>
          readFileSync(system.app(name).logFile, 'utf8').includes('NATS connection back'),
        );
        checks.note(
          `apps that were on the killed node and reconnected to another: ${reconnected.map(({ name }) => name).join(', ') || 'none'}`,
        );
      },
    ),
};
