import { APP_NAMES, waitFor } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { BulkInviteSend } from './bulk-invite-send';
import { Checks, Drill, withSystem } from './drill';
import { checkEventsAppliedOnce, checkOutboxesDrained } from './events-applied';
import { checkSameEndState, ImportingInstitution } from './importing-institution';
import { JoinRequestDecisions } from './join-request-decisions';
import { LinkedContactsTraffic } from './linked-contacts-traffic';
import { workPerReplica } from './replica-work';

const REPLICAS = 2;
const IMPORT_ROWS = 20_000;
const ACCOUNTS = 5_000;
const CONTACTS = 8_000;
const ASKERS = 80;
const DECIDING_BEFORE_MS = 1_000;
const TRAFFIC_AFTER_MS = 8_000;
/** What a client may see from a replica killed under it: a broken connection (0), or a service that did not answer. */
const REFUSALS_OF_A_KILL = [0, 503, 504];

export const replicasKilled: Drill = {
  id: 'replicas-killed',
  name: 'one replica of every app killed under mixed traffic',
  proves: `with ${REPLICAS} replicas of every service and the gateway on one NATS and one PostgreSQL, SIGKILLing one replica of each during contact traffic, join-request decisions, a bulk-invite send to ${CONTACTS.toLocaleString('en')} contacts and an import of ${IMPORT_ROWS.toLocaleString('en')} rows loses nothing, doubles nothing, and the replicas left finish the work`,
  timeLimitMs: 8 * 60_000,
  run: (checks: Checks) =>
    withSystem({ apps: [...APP_NAMES], replicas: REPLICAS }, async (system) => {
      const admin = await system.adminToken();
      const calm = await ImportingInstitution.create(system, admin, IMPORT_ROWS);
      const expected = await calm.endState(await calm.submit());
      checks.note(`uninterrupted import run: ${JSON.stringify(expected)}`);

      const crashed = await ImportingInstitution.create(system, admin, IMPORT_ROWS);
      const traffic = await LinkedContactsTraffic.start(system, ACCOUNTS);
      const joins = await JoinRequestDecisions.start(system, ASKERS);
      const victims = APP_NAMES.map((name) => system.replicasOf(name)[1]);
      const survivors = APP_NAMES.map((name) => system.replicasOf(name)[0]);
      const before = survivors.map((app) => `${app.label}:${app.pid}`);
      const at = { emailed: 0, contacts: 0, decisions: 0, imported: 0, work: {} as Record<string, number> };

      let endTraffic = (): void => undefined;
      const trafficOver = new Promise<void>((resolve) => (endTraffic = resolve));
      const contacts = traffic.addContactsUntil(trafficOver);
      const send = await BulkInviteSend.start(system, CONTACTS, checks);
      await send.untilFirstEmails();
      const importId = await crashed.submit();
      await waitFor(
        'the import run to be writing',
        async () => {
          const read = await crashed.read(importId);
          return read.run?.phase === 'writing' && read.run.processed > 0 ? read : undefined;
        },
        120_000,
      );
      const decisions = joins.decideUntil(trafficOver);
      await delay(DECIDING_BEFORE_MS);
      at.work = await workPerReplica(system);
      at.emailed = send.emailed;
      at.contacts = traffic.acknowledged.length;
      at.decisions = joins.acknowledged.length;
      at.imported = (await crashed.read(importId)).run?.processed ?? 0;
      await Promise.all(victims.map((victim) => victim.kill()));
      checks.note(
        `killed ${victims.map((victim) => victim.label).join(', ')} (SIGKILL) with ${at.emailed} emails out, ${at.contacts} contacts and ${at.decisions} decisions acknowledged, ${at.imported} rows imported`,
      );
      await delay(TRAFFIC_AFTER_MS);
      endTraffic();
      await Promise.all([contacts, decisions]);

      checks.that(
        'every replica handled work before the kill',
        Object.values(at.work).every((count) => count > 0),
        JSON.stringify(at.work),
      );
      checks.that(
        'the send was going when the replicas were killed',
        at.emailed < send.expected,
        `${at.emailed} of ${send.expected} emailed`,
      );
      checks.that(
        'the import was writing when the replicas were killed',
        at.imported < IMPORT_ROWS,
        `${at.imported} of ${IMPORT_ROWS} rows`,
      );
      checks.that(
        'contacts and decisions acknowledged before and after the kill',
        at.contacts > 0 &&
          traffic.acknowledged.length > at.contacts &&
          at.decisions > 0 &&
          joins.acknowledged.length > at.decisions,
        `contacts ${at.contacts} then ${traffic.acknowledged.length - at.contacts}, decisions ${at.decisions} then ${joins.acknowledged.length - at.decisions}`,
      );
      await traffic.check(checks, REFUSALS_OF_A_KILL);
      await joins.check(checks, REFUSALS_OF_A_KILL);
      await send.check(checks);
      const actual = await crashed.endState(importId);
      checkSameEndState(checks, expected, actual);
      await checkEventsAppliedOnce(system, checks);
      await checkOutboxesDrained(system, checks);
      checks.equal(
        'replicas left running with the process they started with',
        before,
        survivors.map((app) => `${app.label}:${app.pid}`),
      );
    }),
};
