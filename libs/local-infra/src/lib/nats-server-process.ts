import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { childClosed, describeExit, terminateChild, type ChildExit } from './child-exit';
import { killOnExit } from './exit-guard';
import { freePort, isPortFree } from './free-port';
import { LineTail } from './line-tail';
import { findNatsServerBinary, NATS_HOW_TO_GET } from './nats-server-binary';
import { isTcpReachable } from './tcp';

export interface NatsServerStartOptions {
  /** Port on 127.0.0.1; a free one when absent. */
  port?: number;
  /** JetStream store directory (created when missing); kept across restarts. */
  storeDir: string;
  /** Appends the server's output to this file when given. */
  logFile?: string;
  /** More nats-server flags: credentials, TLS, a server name and cluster routes. */
  args?: string[];
}

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 10_000;

interface Running {
  child: ChildProcess;
  closed: Promise<ChildExit>;
  log: WriteStream | undefined;
}

/** A private nats-server (JetStream on) on 127.0.0.1, owned by this process. */
export class NatsServerProcess {
  readonly url: string;
  private running: Running | undefined;

  private constructor(
    readonly port: number,
    private readonly binary: string,
    private readonly storeDir: string,
    private readonly logFile: string | undefined,
    private readonly extraArgs: string[],
  ) {
    this.url = `nats://${HOST}:${port}`;
  }

  /** Starts nats-server and resolves once it accepts TCP connections. */
  static async start(options: NatsServerStartOptions): Promise<NatsServerProcess> {
    const binary = findNatsServerBinary();
    if (!binary) throw new Error(NATS_HOW_TO_GET);
    const port = options.port ?? (await freePort());
    const server = new NatsServerProcess(
      port,
      binary,
      resolve(options.storeDir),
      options.logFile === undefined ? undefined : resolve(options.logFile),
      options.args ?? [],
    );
    await server.launch();
    return server;
  }

  /** SIGTERM, and resolves once the server has exited (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    await terminateChild(running.child, running.closed, STOP_TIMEOUT_MS);
    await closeLog(running.log);
  }

  /** SIGKILL: a crash of the server's node; resolves once it has exited. */
  async kill(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    running.child.kill('SIGKILL');
    await running.closed;
    await closeLog(running.log);
  }

  /** Stops the server (if it runs), then starts it again on the same port and store directory. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  private args(): string[] {
    return ['-a', HOST, '-p', String(this.port), '-js', '-sd', this.storeDir, ...this.extraArgs];
  }

  private async launch(): Promise<void> {
    if (!(await isPortFree(this.port))) {
      throw new Error(`Cannot start nats-server on ${HOST}:${this.port}: the port is in use.`);
    }
    await mkdir(this.storeDir, { recursive: true });
    let log: WriteStream | undefined;
    if (this.logFile) {
      await mkdir(dirname(this.logFile), { recursive: true });
      log = createWriteStream(this.logFile, { flags: 'a' });
    }
    const tail = new LineTail();
    const child = spawn(this.binary, this.args(), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = childClosed(child);
    killOnExit(child);
    const onOutput = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      tail.push(text);
      log?.write(text);
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);

    let exit: ChildExit | undefined;
    void closed.then((result) => {
      exit = result;
    });
    const failure = async (what: string): Promise<Error> => {
      await closeLog(log);
      const command = [this.binary, ...this.args()].join(' ');
      const output = tail.text() || '(no output)';
      return new Error(
        `nats-server on ${HOST}:${this.port} ${what}.\nCommand: ${command}\nLast lines of its output:\n${output}`,
      );
    };

    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (exit) {
        throw await failure(`exited (${describeExit(exit)}) before it accepted connections`);
      }
      if (await isTcpReachable(HOST, this.port, 250)) break;
      if (Date.now() >= deadline) {
        await terminateChild(child, closed, 1_000);
        throw await failure(`did not accept connections within ${START_TIMEOUT_MS / 1000} s`);
      }
      await delay(50);
    }
    if (exit) {
      throw await failure(`exited (${describeExit(exit)}) while starting`);
    }
    this.running = { child, closed, log };
  }
}

function closeLog(log: WriteStream | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!log || log.closed) resolve();
    else log.end(() => resolve());
  });
}
