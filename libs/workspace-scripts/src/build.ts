import { APP_NAMES } from './apps';
import { nxEnv } from './repo';
import { runCommand, type Command } from './run';

/** The web app, built into static files (dist/apps/web) that the gateway serves. */
export const WEB_APP = 'web';

/**
 * `nx run-many -t build` for the five apps (each writes dist/apps/<app>/main.js) and the web app the gateway serves,
 * output streamed.
 */
export function buildApps(): Command {
  const projects = [...APP_NAMES, WEB_APP].join(',');
  return runCommand('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects}`], nxEnv());
}
