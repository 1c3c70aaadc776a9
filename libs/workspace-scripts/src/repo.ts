import { resolve } from 'node:path';

/** The repository root (libs/workspace-scripts/src/../../..). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Runs everything from the repository root, whatever directory the command was started in. */
export function enterRepoRoot(): void {
  process.chdir(REPO_ROOT);
}

/** Environment for nx: no daemon, no Nx Cloud. */
export function nxEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...extra };
}

/** A line of this command's own output. */
export function say(tool: string, line: string): void {
  process.stdout.write(`[${tool}] ${line}\n`);
}
