import { exitStatus, runCommand, type Command } from '@careers/workspace-scripts';
import { terminateChild } from '@careers/local-infra';
import { tsNodeArgs } from '../shared/ts-node-command';
import type { Benchmark } from './benchmarks';

export interface BenchmarkOutcome {
  name: string;
  /** The exit status: 0 when it passed. */
  status: number;
  seconds: number;
  /** It ran over its limit and was stopped. */
  overtime: boolean;
}

/**
 * Runs one benchmark in its own process, its output streamed through, and stops it (SIGTERM, then SIGKILL) if it runs
 * over its limit. `started` is told the command, so a signal to the runner can stop it too.
 */
export async function runBenchmark(
  benchmark: Benchmark,
  env: NodeJS.ProcessEnv,
  started: (command: Command | undefined) => void,
): Promise<BenchmarkOutcome> {
  const begun = performance.now();
  const command = runCommand(process.execPath, tsNodeArgs(benchmark.script), env);
  started(command);
  let overtime = false;
  const timer = setTimeout(() => {
    overtime = true;
    process.stderr.write(
      `[bench] ${benchmark.name} ran over ${benchmark.limitMinutes} minutes: stopping it\n`,
    );
    void terminateChild(command.child, command.exited, 30_000);
  }, benchmark.limitMinutes * 60_000);
  const status = exitStatus(await command.exited);
  clearTimeout(timer);
  started(undefined);
  return { name: benchmark.name, status, seconds: (performance.now() - begun) / 1000, overtime };
}
