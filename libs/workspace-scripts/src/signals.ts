const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Calls handler on the first SIGINT, SIGTERM or SIGHUP. Later ones are ignored so that shutting
 * down is not cut short (npm forwards the terminal's Ctrl+C, so the first one often comes twice).
 */
export function onStopSignal(handler: (signal: NodeJS.Signals) => void): void {
  let receivedAt: number | undefined;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (receivedAt !== undefined) {
        if (Date.now() - receivedAt > 1_000) {
          process.stderr.write(`(${signal}: already stopping, please wait)\n`);
        }
        return;
      }
      receivedAt = Date.now();
      handler(signal);
    });
  }
}
