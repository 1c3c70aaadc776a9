import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ChildExit, childClosed, terminateChild } from '@careers/local-infra';
import { tsNodeArgs } from '../shared/ts-node-command';
import { withinTime } from '@careers/testing';

const READY_LIMIT_MS = 30_000;

/** A baseline server (a bench script) in its own process, as the apps are: started, ready, stopped. */
export class BaselineProcess {
  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly closed: Promise<ChildExit>,
    /** What the script printed after `ready` (a port). */
    readonly ready: string,
  ) {}

  /** Starts the script and waits for its `ready` line. */
  static async start(name: string, script: string, args: readonly string[]): Promise<BaselineProcess> {
    const child = spawn(process.execPath, tsNodeArgs(script, args), { stdio: ['ignore', 'pipe', 'inherit'] });
    const closed = childClosed(child);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const ready = await withinTime(`starting ${name}`, READY_LIMIT_MS, async () => {
      for await (const line of lines) {
        const match = /^ready ?(.*)$/.exec(line);
        if (match) return match[1];
      }
      throw new Error(`${name} ended before it was ready: ${JSON.stringify(await closed)}`);
    }).catch(async (error: unknown) => {
      await terminateChild(child, closed);
      throw error;
    });
    return new BaselineProcess(name, child, closed, ready);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name} has no process`);
    return this.child.pid;
  }

  async stop(): Promise<void> {
    await terminateChild(this.child, this.closed);
  }
}
