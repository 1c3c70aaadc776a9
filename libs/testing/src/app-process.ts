import { ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { APP_NODE_FLAGS, ChildExit, childClosed, killOnExit, terminateChild } from '@careers/local-infra';
import { REPO_ROOT } from './repo-root';

export const APP_NAMES = ['gateway', 'identity', 'directory', 'onboarding', 'importer'] as const;
export type AppName = (typeof APP_NAMES)[number];

const READY_TIMEOUT_MS = 30_000;

/** One app, built by `nx build`, running as its own process, as it does in production. */
export class AppProcess {
  private child?: ChildProcess;
  private ready = false;
  private closed?: Promise<ChildExit>;
  private logWritten?: Promise<void>;

  constructor(
    readonly name: AppName,
    /** Which of the app's replicas it is, from 1. */
    readonly replica: number,
    readonly port: number,
    readonly metricsPort: number,
    private env: Record<string, string>,
    private readonly logDir: string,
    /** The checkout whose build it runs (its dist/apps/<app>/main.js): this one unless an older release's. */
    private release = REPO_ROOT,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Where its Prometheus metrics are read: a port of its own, not the API's. */
  get metricsUrl(): string {
    return `http://127.0.0.1:${this.metricsPort}/metrics`;
  }

  /** The app's name, with the replica's number after the first: `gateway`, `gateway-2`. */
  get label(): string {
    return this.replica === 1 ? this.name : `${this.name}-${this.replica}`;
  }

  /** Everything the app wrote to stdout and stderr, across restarts; complete once `stop()` or `kill()` returned. */
  get logFile(): string {
    return join(this.logDir, `${this.label}.log`);
  }

  static mainFile(name: AppName, release = REPO_ROOT): string {
    const file = join(release, 'dist/apps', name, 'main.js');
    if (!existsSync(file)) throw new Error(`${file} is missing: build the apps first (npm test does)`);
    return file;
  }

  /** Starts the app; `changes` set (or, as '', unset) variables for this run only, e.g. to restart it with new keys. */
  async start(changes: Record<string, string> = {}): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.child = spawn(
      process.execPath,
      [...APP_NODE_FLAGS, ...appNodeOptions(), AppProcess.mainFile(this.name, this.release)],
      {
        cwd: this.release,
        env: {
          PATH: process.env['PATH'] ?? '',
          ...this.env,
          ...changes,
          PORT: String(this.port),
          METRICS_PORT: String(this.metricsPort),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // Two streams write to the one file: it is ended once both are (the child closed), and then written out.
    this.child.stdout?.pipe(log, { end: false });
    this.child.stderr?.pipe(log, { end: false });
    this.closed = childClosed(this.child);
    this.logWritten = this.closed.then(() => new Promise<void>((resolve) => log.end(resolve)));
    // A test run, drill or benchmark that crashes leaves no app behind.
    killOnExit(this.child);
    await this.waitReady();
  }

  /**
   * Whether a load balancer would send it requests: it answered ready and was not told to stop since (a stopping pod
   * is taken out of its service's endpoints). One that crashed is passed over once its connections are refused.
   */
  get inRotation(): boolean {
    return this.ready;
  }

  /** SIGTERM: a graceful stop. */
  async stop(): Promise<void> {
    this.ready = false;
    if (this.child && this.closed) await terminateChild(this.child, this.closed);
    await this.logWritten;
    this.child = undefined;
  }

  /**
   * `node main.js migrate` from another release's build with this app's environment, as a rollout runs the new
   * release's migrations before its first replica starts; resolves with what it printed.
   */
  async migrate(release: string): Promise<string> {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [AppProcess.mainFile(this.name, release), 'migrate'],
      { cwd: release, env: { PATH: process.env['PATH'] ?? '', ...this.env } },
    );
    return stdout.trim();
  }

  /**
   * Replaces the process with one of another release's build (SIGTERM, then a start on the same ports), with more
   * environment if given: one step of a rolling upgrade.
   */
  async replaceWith(release: string, env: Record<string, string> = {}): Promise<void> {
    await this.stop();
    this.release = release;
    this.env = { ...this.env, ...env };
    await this.start();
  }

  /** SIGSTOP: the process keeps its connections but answers nothing until resumed. */
  pause(): void {
    this.running().kill('SIGSTOP');
  }

  /** SIGCONT after pause(). */
  resume(): void {
    this.running().kill('SIGCONT');
  }

  /** The running process's id (a restart gives a new one). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** SIGKILL: a crash. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.closed;
    this.ready = false;
    await this.logWritten;
    this.child = undefined;
  }

  private running(): ChildProcess {
    if (!this.child) throw new Error(`${this.label} is not running`);
    return this.child;
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) {
        throw new Error(`${this.label} exited while starting; see ${this.logFile}`);
      }
      const ready = await fetch(`${this.url}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) {
        this.ready = true;
        return;
      }
      await delay(100);
    }
    throw new Error(`${this.label} was not ready within ${READY_TIMEOUT_MS} ms; see ${this.logFile}`);
  }
}

/** More Node.js options for every app started, from APP_NODE_OPTIONS (e.g. `--cpu-prof --cpu-prof-dir=tmp/prof`). */
function appNodeOptions(): string[] {
  return (process.env['APP_NODE_OPTIONS'] ?? '').split(' ').filter((option) => option !== '');
}
