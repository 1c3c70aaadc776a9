import { join } from 'node:path';
import { REPO_ROOT } from '@careers/testing';

/** The arguments of `node` that run a bench script as its own process, as the package.json scripts run them. */
export function tsNodeArgs(script: string, args: readonly string[] = []): string[] {
  return [
    require.resolve('ts-node/dist/bin.js'),
    '--transpile-only',
    '-P',
    join(REPO_ROOT, 'bench/tsconfig.json'),
    join(REPO_ROOT, script),
    ...args,
  ];
}
