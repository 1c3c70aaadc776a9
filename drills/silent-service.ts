import { waitFor, createInstitution } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { Checks, Drill, withSystem } from './drill';

const TIMEOUT_MS = 2_000;
const CALLS = 10;

export const silentService: Drill = {
  id: 'silent-service',
  name: 'a service that does not answer',
  proves: `with directory frozen (SIGSTOP: connected, answering nothing), the gateway answers 504 after its ${TIMEOUT_MS / 1000} s timeout, stays healthy and serves the other services, and directory serves again once thawed`,
  timeLimitMs: 2 * 60_000,
  run: (checks: Checks) =>
    withSystem(
      { apps: ['gateway', 'identity', 'directory'], env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) } },
      async (system) => {
        const admin = await system.adminToken();
        const institutionId = await createInstitution(system, admin);
        const contacts = `/v1/institutions/${institutionId}/contacts`;
        const directory = system.app('directory');

        directory.pause();
        checks.note(`directory (pid ${directory.pid}) frozen with SIGSTOP`);
        const started = Date.now();
        const calls = Promise.all(
          Array.from({ length: CALLS }, async () => {
            const response = await system.api.get(contacts, admin);
            return { status: response.status, type: response.body['type'], ms: Date.now() - started };
          }),
        );
        // While the calls wait for directory: the gateway must still answer.
        await delay(TIMEOUT_MS / 2);
        const live = await fetch(`${system.api.baseUrl}/health/live`);
        const me = await system.api.get('/v1/me', admin);
        const meanwhileMs = Date.now() - started;
        const answers = await calls.finally(() => directory.resume());
        checks.note('directory thawed with SIGCONT');
        const after = await waitFor('directory to answer again', async () => {
          const response = await system.api.get(contacts, admin);
          return response.status === 200 ? response.status : undefined;
        });
        const slowest = Math.max(...answers.map((answer) => answer.ms));

        checks.equal(
          `${CALLS} concurrent calls to directory answered 504 service-timeout`,
          CALLS,
          answers.filter(
            (answer) => answer.status === 504 && answer.type === 'urn:careers:problem:service-timeout',
          ).length,
        );
        checks.that(
          'in time (after the timeout, well before twice it)',
          Math.min(...answers.map((answer) => answer.ms)) >= TIMEOUT_MS && slowest < 2 * TIMEOUT_MS,
          `${Math.min(...answers.map((answer) => answer.ms))}-${slowest} ms`,
        );
        checks.that(
          'the gateway answered while the calls waited',
          meanwhileMs < TIMEOUT_MS,
          `${meanwhileMs} ms after they started`,
        );
        checks.equal('the gateway stays live meanwhile', 200, live.status);
        checks.equal('identity is served meanwhile (/v1/me)', 200, me.status);
        checks.equal('directory serves again after', 200, after);
      },
    ),
};
