import { APP_NAMES } from './apps';
import { nxEnv } from './repo';
import { runCommand, type Command } from './run';

/** `nx run-many -t build` for the five apps (each writes dist/apps/<app>/main.js), output streamed. */
export function buildApps(): Command {
  return runCommand('npx', ['nx', 'run-many', '-t', 'build', `--projects=${APP_NAMES.join(',')}`], nxEnv());
}
