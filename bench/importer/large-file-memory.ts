/**
 * `npm run bench:importer-memory`: the importer's memory on large uploads. Starts the apps on a fresh database (the
 * test harness), then uploads, each as a new manual import followed until analysed: a Students file of about
 * BENCH_MB megabytes (50: the gateway's IMPORT_MAX_BYTES), every row valid, and a file of BENCH_EMPTY_MB megabytes
 * (2) of empty rows, every cell missing (the most findings a byte). Samples each app's RSS every 100 ms and prints,
 * for each file, the upload's reply time (202), the time to analysed, the rows and findings, and the peak RSS of
 * the importer and the gateway. Build the apps first. A size of 0 leaves that file out.
 */
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FindingPageReply } from '@careers/contracts';
import { APP_NAMES, TestSystem } from '@careers/testing';
import { findSystemProcesses, ProcessMonitor } from '../shared/process-monitor';
import { Teardown } from '../shared/teardown';
import { institutionWithAdmin } from './career-services-admin';
import { ImportCall, upload } from './import-run';
import { writeStudentsFile } from './students-file';

const MB = 1_000_000;
const STUDENTS_MB = Number(process.env['BENCH_MB'] ?? 50);
const EMPTY_MB = Number(process.env['BENCH_EMPTY_MB'] ?? 2);
/** The gateway's default IMPORT_MAX_BYTES. */
const MAX_BYTES = 50 * 1024 * 1024;
/** About the bytes of a row of the Students file. */
const STUDENT_ROW_BYTES = 112;
const EMPTY_ROW = ',,,,,,,\n';

const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);
const teardown = new Teardown(say);

async function writeEmptyRows(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const chunk = EMPTY_ROW.repeat(10_000);
  out.write(
    'first_name,last_name,email_address,username,user_type,school_year,graduation_date,college_name\n',
  );
  while (out.bytesWritten + out.writableLength < bytes) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return statSync(path).size;
}

async function main(): Promise<void> {
  const studentsPath = join(tmpdir(), `bench-memory-students-${process.pid}.csv`);
  const emptyPath = join(tmpdir(), `bench-memory-empty-${process.pid}.csv`);
  teardown.add(() => rmSync(studentsPath, { force: true }));
  teardown.add(() => rmSync(emptyPath, { force: true }));
  const students =
    STUDENTS_MB > 0
      ? await writeStudentsFile(studentsPath, Math.floor((STUDENTS_MB * MB) / STUDENT_ROW_BYTES))
      : { rows: 0, bytes: 0 };
  if (students.bytes > MAX_BYTES) throw new Error(`${students.bytes} bytes: more than the gateway takes`);
  const emptyBytes = EMPTY_MB > 0 ? await writeEmptyRows(emptyPath, EMPTY_MB * MB) : 0;

  say(`starting ${APP_NAMES.join(', ')} on a fresh database`);
  const system = await TestSystem.start({ apps: [...APP_NAMES] });
  teardown.add(() => system.stop());
  const { institutionId, token } = await institutionWithAdmin(system);
  const call: ImportCall = { api: system.api, institutionId, token };
  const monitor = new ProcessMonitor(findSystemProcesses(APP_NAMES));
  teardown.add(() => monitor.stop());

  const files = [
    { label: `Students, ${students.rows} valid rows`, path: studentsPath, bytes: students.bytes },
    { label: 'Students, empty rows', path: emptyPath, bytes: emptyBytes },
  ].filter((file) => file.bytes > 0);
  say(
    '| file | MB | 202 after | analysed after | rows | findings stored | findings left out | importer peak RSS | gateway peak RSS |',
  );
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const file of files) {
    const { value, figures } = await monitor.phase(file.label, () => upload(call, file.path));
    const findings = await system.api.get<FindingPageReply>(
      `/v1/institutions/${institutionId}/imports/${value.reply.id}/findings?limit=1`,
      token,
    );
    const stored = findings.body.summary.reduce((sum, entry) => sum + entry.count, 0);
    const leftOut = findings.body.omitted.reduce((sum, entry) => sum + entry.count, 0);
    say(
      `| ${file.label} | ${(file.bytes / MB).toFixed(1)} | ${value.acceptedMs.toFixed(0)} ms | ` +
        `${(value.ms / 1000).toFixed(1)} s | ${value.reply.rows} | ${stored} | ${leftOut} | ` +
        `${figures.peakRssMiB['importer']} MiB | ${figures.peakRssMiB['gateway']} MiB |`,
    );
  }
}

teardown.runMain(main);
