import { TestSystem, type TestSystemOptions } from '@careers/testing';

/** One fault drill: it breaks something in a running system, and checks what a platform team relies on. */
export interface Drill {
  /** Short, for `npm run drills -- <id>`. */
  id: string;
  name: string;
  /** What it shows, in a sentence. */
  proves: string;
  /** How long it may take in all, starting the system included. */
  timeLimitMs: number;
  run(checks: Checks): Promise<void>;
}

/** What a drill saw: each comparison is printed as it is made; any mismatch fails the drill. */
export class Checks {
  private mismatches = 0;

  get failed(): boolean {
    return this.mismatches > 0;
  }

  /** A step or a figure worth reading in the output. */
  note(line: string): void {
    process.stdout.write(`    ${line}\n`);
  }

  /** expected and actual compared as JSON. */
  equal<T>(what: string, expected: T, actual: T): void {
    const same = JSON.stringify(actual) === JSON.stringify(expected);
    this.record(
      same,
      same ? `${what}: ${show(actual)}` : `${what}: expected ${show(expected)}, got ${show(actual)}`,
    );
  }

  /** A condition with what was measured. */
  that(what: string, holds: boolean, measured: string): void {
    this.record(holds, `${what}: ${measured}`);
  }

  private record(holds: boolean, line: string): void {
    if (!holds) this.mismatches++;
    process.stdout.write(`  ${holds ? 'ok  ' : 'FAIL'} ${line}\n`);
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The systems of drills still running: one that ran out of time leaves its own behind. */
const running = new Set<TestSystem>();

/** Starts a system, gives it to work, and stops it whatever happens (unless stopLeftovers did already). */
export async function withSystem<T>(
  options: TestSystemOptions,
  work: (system: TestSystem) => Promise<T>,
): Promise<T> {
  const system = await TestSystem.start(options);
  running.add(system);
  try {
    return await work(system);
  } finally {
    if (running.delete(system)) await system.stop();
  }
}

/** Stops what a drill that ran out of time left running, so that the next drill has the machine to itself. */
export async function stopLeftovers(): Promise<void> {
  const leftovers = [...running];
  running.clear();
  await Promise.all(leftovers.map((system) => system.stop().catch(() => undefined)));
}
