import { waitFor } from '@careers/testing';
import { Checks, Drill, withSystem } from './drill';
import { checkSameEndState, ImportingInstitution } from './importing-institution';

const ROWS = 20_000;
export const importerKilled: Drill = {
  id: 'importer-killed',
  name: 'importer killed mid-run',
  proves: `an import run of ${ROWS.toLocaleString('en')} rows whose importer is SIGKILLed while writing resumes on restart and ends in the state of an uninterrupted run`,
  timeLimitMs: 8 * 60_000,
  run: (checks: Checks) =>
    withSystem({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] }, async (system) => {
      const admin = await system.adminToken();
      const calm = await ImportingInstitution.create(system, admin, ROWS);
      const crashed = await ImportingInstitution.create(system, admin, ROWS);

      const calmImport = await calm.submit();
      const expected = await calm.endState(calmImport);
      checks.note(`uninterrupted run: ${JSON.stringify(expected)}`);

      const crashedImport = await crashed.submit();
      const atKill = await waitFor(
        'the second run to be writing',
        async () => {
          const read = await crashed.read(crashedImport);
          return read.run?.phase === 'writing' && read.run.processed > 0 ? read : undefined;
        },
        120_000,
      );
      const importer = system.app('importer');
      const killedPid = importer.pid;
      await importer.kill();
      const [afterKill] = await system.db.query<{ phase: string; processed: number }>(
        'select run_phase as phase, run_processed as processed from importer.import where id = $1',
        [crashedImport],
      );
      checks.note(
        `importer (pid ${killedPid}) SIGKILLed at ${atKill.run?.processed} of ${ROWS} rows written`,
      );
      await importer.start();
      checks.note(`importer restarted (pid ${importer.pid})`);
      const actual = await crashed.endState(crashedImport);

      checks.that(
        'the kill came mid-run (the run was not done when the importer died)',
        afterKill.phase !== 'done' && afterKill.processed < ROWS,
        `phase ${afterKill.phase}, ${afterKill.processed} of ${ROWS} rows written`,
      );
      checkSameEndState(checks, expected, actual);
      checks.equal('every row created, by the per-row results', ROWS, actual.results?.create);
    }),
};
