import { APP_NAMES, type AppName, REPO_ROOT } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { Checks, Drill, withSystem } from './drill';
import { checkEventsAppliedOnce, checkOutboxesDrained } from './events-applied';
import { JoinRequestDecisions } from './join-request-decisions';
import { LinkedContactsTraffic } from './linked-contacts-traffic';
import { preparedRelease, previousRelease } from './previous-release';

const REPLICAS = 2;
const ACCOUNTS = 5_000;
const ASKERS = 200;
const SETTLE_MS = 2_000;
/** Services first, each after its migrations, the gateway last: as docs/operations.md says to roll. */
const ROLL_ORDER: AppName[] = ['identity', 'directory', 'onboarding', 'importer', 'gateway'];

export const rollingUpgrade: Drill = {
  id: 'rolling-upgrade',
  name: 'rolling upgrade from the previous release',
  proves: `a system of ${REPLICAS} replicas of every app started at the previous release is upgraded to this build one service and one replica at a time, migrations first, under contact and join-request traffic: no request fails, no event is lost or applied twice, and old and new replicas side by side understand each other's messages`,
  timeLimitMs: 15 * 60_000,
  run: async (checks: Checks) => {
    const release = await previousRelease();
    checks.note(
      `previous release ${release.commit.slice(0, 12)} (from ${release.from}); preparing its build`,
    );
    const releaseRoot = await preparedRelease(release);
    await withSystem({ apps: [...APP_NAMES], replicas: REPLICAS, release: releaseRoot }, async (system) => {
      const traffic = await LinkedContactsTraffic.start(system, ACCOUNTS);
      const joins = await JoinRequestDecisions.start(system, ASKERS);
      let endTraffic = (): void => undefined;
      const trafficOver = new Promise<void>((resolve) => (endTraffic = resolve));
      const flowing = Promise.all([traffic.addContactsUntil(trafficOver), joins.decideUntil(trafficOver, 1)]);
      await delay(SETTLE_MS);

      const progress: string[] = [];
      for (const name of ROLL_ORDER) {
        const before = { contacts: traffic.acknowledged.length, decisions: joins.acknowledged.length };
        const replicas = system.replicasOf(name);
        if (name !== 'gateway') checks.note(`${name} migrate: ${await replicas[0].migrate(REPO_ROOT)}`);
        for (const replica of replicas) {
          await replica.replaceWith(REPO_ROOT, { MIGRATE_ON_START: 'false' });
          await delay(SETTLE_MS);
        }
        progress.push(
          `${name}: ${traffic.acknowledged.length - before.contacts} contacts, ${joins.acknowledged.length - before.decisions} decisions`,
        );
      }
      endTraffic();
      await flowing;

      checks.that(
        'contacts and decisions acknowledged while each service was half old, half new',
        progress.every((line) => !/ 0 contacts| 0 decisions/.test(line)),
        progress.join('; '),
      );
      await traffic.check(checks, []);
      await joins.check(checks, []);
      await checkEventsAppliedOnce(system, checks);
      await checkOutboxesDrained(system, checks);
    });
  },
};
