import { ConfigError } from '../config/config-error';

/** Runs an app's entry point; a bad configuration or a failed start prints why and exits non-zero. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch(exitAfterFailedStart);
}

/** Says why the app could not start (a bad configuration in its own words) and exits non-zero. */
export function exitAfterFailedStart(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Failed to start:', error);
  }
  process.exit(1);
}
