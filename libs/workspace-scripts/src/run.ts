import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { constants } from 'node:os';
import { childClosed, terminateChild, type ChildExit } from '@careers/local-infra';

export type Exit = ChildExit;

/** The shell convention: the code, or 128 + the signal's number. */
export function exitStatus(exit: Exit): number {
  if (exit.code !== null) return exit.code;
  const number = exit.signal ? constants.signals[exit.signal] : undefined;
  return number === undefined ? 1 : 128 + number;
}

export function describeExit(exit: Exit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/** Resolves once the child has ended; a child that cannot be spawned says why on stderr. */
function closed(child: ChildProcess): Promise<Exit> {
  child.once('error', (error) => {
    process.stderr.write(`${error.message}\n`);
  });
  return childClosed(child);
}

export interface Command {
  child: ChildProcess;
  exited: Promise<Exit>;
}

/** Runs a command with this process's terminal (its output streams through as it comes). */
export function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Command {
  const child = spawn(command, args, { stdio: 'inherit', env });
  return { child, exited: closed(child) };
}

const COLORS = [36, 35, 33, 32, 34, 96, 95, 93];
let nextColor = 0;

function prefixFor(name: string): string {
  const useColor = process.stdout.isTTY && !process.env['NO_COLOR'];
  const color = COLORS[nextColor++ % COLORS.length];
  return useColor ? `\x1b[${color}m[${name}]\x1b[0m ` : `[${name}] `;
}

/** A long-running child whose every output line is printed as `[name] line`. */
export class PrefixedProcess {
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private readonly lastLines: string[] = [];

  constructor(
    readonly name: string,
    command: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    /** How each output line is shown (e.g. a JSON log line made readable); as it is by default. */
    format: (line: string) => string = (line) => line,
    private readonly keepLines = 30,
  ) {
    this.child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.exited = closed(this.child);
    const prefix = prefixFor(name);
    const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream): void => {
      if (!stream) return;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        this.lastLines.push(line);
        if (this.lastLines.length > this.keepLines) this.lastLines.shift();
        out.write(`${prefix}${format(line)}\n`);
      });
    };
    pipe(this.child.stdout, process.stdout);
    pipe(this.child.stderr, process.stderr);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Its last output lines, to show when something goes wrong. */
  tail(): string[] {
    return [...this.lastLines];
  }

  stop(timeoutMs = 10_000): Promise<Exit> {
    return terminateChild(this.child, this.exited, timeoutMs);
  }
}
