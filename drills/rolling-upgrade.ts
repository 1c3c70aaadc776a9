import { APP_NAMES, type AppName, REPO_ROOT, type TestSystem } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { Checks, Drill, withSystem } from './drill';
import { checkEventsAppliedOnce, checkOutboxesDrained } from './events-applied';
import { JoinRequestDecisions } from './join-request-decisions';
import { LinkedContactsTraffic } from './linked-contacts-traffic';
import { preparedRelease, previousRelease } from './previous-release';

const REPLICAS = 2;
const ACCOUNTS = 20_000;
const ASKERS = 300;
const DECISION_PAUSE_MS = 1_000;
const SETTLE_MS = 1_000;
/** Services first, each after its migrations, the gateway last: as docs/operations.md says to roll. */
const ROLL_ORDER: AppName[] = ['identity', 'directory', 'onboarding', 'importer', 'gateway'];
/** What a replica of the previous release may cause as it stops: it closes NATS without finishing what it took. */
const REFUSALS_OF_AN_ABRUPT_STOP = [503, 504];

interface Traffic {
  contacts: LinkedContactsTraffic;
  joins: JoinRequestDecisions;
}

/**
 * Replaces every replica with this build, one service and one replica at a time (migrations first), and says how
 * much traffic each service's step saw acknowledged.
 */
async function roll(system: TestSystem, traffic: Traffic, checks: Checks): Promise<string[]> {
  const progress: string[] = [];
  for (const name of ROLL_ORDER) {
    const before = {
      contacts: traffic.contacts.acknowledged.length,
      decisions: traffic.joins.acknowledged.length,
    };
    const replicas = system.replicasOf(name);
    if (name !== 'gateway') checks.note(`${name} migrate: ${await replicas[0].migrate(REPO_ROOT)}`);
    for (const replica of replicas) {
      await replica.replaceWith(REPO_ROOT, { MIGRATE_ON_START: 'false' });
      await delay(SETTLE_MS);
    }
    progress.push(
      `${name} ${traffic.contacts.acknowledged.length - before.contacts} contacts and ${traffic.joins.acknowledged.length - before.decisions} decisions`,
    );
  }
  return progress;
}

export const rollingUpgrade: Drill = {
  id: 'rolling-upgrade',
  name: 'rolling upgrade from the previous release',
  proves: `a system of ${REPLICAS} replicas of every app started at the previous release is upgraded to this build one service and one replica at a time, migrations first, under contact and join-request traffic, then restarted the same way: nothing acknowledged is lost or applied twice, old and new replicas side by side understand each other's messages, and a replica of this build stops without failing a request`,
  timeLimitMs: 15 * 60_000,
  run: async (checks: Checks) => {
    const release = await previousRelease();
    checks.note(
      `previous release ${release.commit.slice(0, 12)} (from ${release.from}); preparing its build`,
    );
    const releaseRoot = await preparedRelease(release);
    const system = { apps: [...APP_NAMES], replicas: REPLICAS, release: releaseRoot };
    await withSystem({ ...system, env: { SHUTDOWN_GRACE_MS: '3000' } }, async (system) => {
      const traffic: Traffic = {
        contacts: await LinkedContactsTraffic.start(system, ACCOUNTS),
        joins: await JoinRequestDecisions.start(system, ASKERS),
      };
      let endTraffic = (): void => undefined;
      const trafficOver = new Promise<void>((resolve) => (endTraffic = resolve));
      const flowing = Promise.all([
        traffic.contacts.addContactsUntil(trafficOver),
        traffic.joins.decideUntil(trafficOver, 1, DECISION_PAUSE_MS),
      ]);
      const refused = () => traffic.contacts.refused.total + traffic.joins.refused.total;
      await delay(SETTLE_MS);

      const upgrade = await roll(system, traffic, checks);
      const refusedInUpgrade = refused();
      const restart = await roll(system, traffic, checks);
      endTraffic();
      await flowing;

      checks.that(
        'traffic acknowledged while each service was half old, half new',
        upgrade.every((line) => !/ 0 contacts| 0 decisions/.test(line)),
        upgrade.join('; '),
      );
      checks.that(
        'traffic acknowledged during each step of the restart of this build',
        restart.every((line) => !/ 0 contacts| 0 decisions/.test(line)),
        restart.join('; '),
      );
      checks.note(`requests refused while the previous release's replicas stopped: ${refusedInUpgrade}`);
      checks.equal('requests refused while this build restarted', 0, refused() - refusedInUpgrade);
      await traffic.contacts.check(checks, REFUSALS_OF_AN_ABRUPT_STOP);
      await traffic.joins.check(checks, REFUSALS_OF_AN_ABRUPT_STOP);
      await checkEventsAppliedOnce(system, checks);
      await checkOutboxesDrained(system, checks);
    });
  },
};
