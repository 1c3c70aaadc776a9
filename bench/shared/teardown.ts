/**
 * What a benchmark started (apps, servers, samplers), stopped last-started first, once, whichever way the run ends:
 * done, failed, or stopped by SIGINT or SIGTERM (`npm run bench` sends SIGTERM to a benchmark over its time). The apps
 * and servers are child processes: without this they would outlive a stopped benchmark.
 */
export class Teardown {
  private readonly steps: Array<() => unknown> = [];
  private running?: Promise<void>;

  constructor(private readonly say: (line: string) => void) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        // npm forwards a terminal's Ctrl+C, so the first one often comes twice: stop once.
        if (this.running) return;
        say(`${signal}: stopping`);
        process.exitCode = 130;
        void this.exit();
      });
    }
  }

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  /** Runs main; says why if it fails (exit code 1); then stops everything and exits. */
  runMain(main: () => Promise<void>): void {
    main()
      .catch((error: unknown) => {
        this.say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        process.exitCode = 1;
      })
      .finally(() => this.exit());
  }

  /** Stops everything, then ends the process with its exit code: a load generator's timers must not keep it alive. */
  async exit(): Promise<never> {
    this.running ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        await Promise.resolve()
          .then(step)
          .catch((error: unknown) => this.say(`while stopping: ${String(error)}`));
      }
    })();
    await this.running;
    process.exit();
  }
}
