import { REPO_ROOT } from '@careers/testing';
import { APP_NAMES, nxEnv } from '@careers/workspace-scripts';
import { execFile, spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childClosed } from '@careers/local-infra';

/** The release an upgrade starts from, and where the choice came from. */
export interface Release {
  commit: string;
  from: string;
}

const git = async (...args: string[]): Promise<string> =>
  (await promisify(execFile)('git', args, { cwd: REPO_ROOT })).stdout.trim();

/**
 * The previous release: UPGRADE_FROM (a tag or commit) when set, else the newest `v*` tag before this commit, else
 * the commit named in drills/previous-release.txt (moved on at each release).
 */
export async function previousRelease(): Promise<Release> {
  const given = process.env['UPGRADE_FROM'];
  const tag = given
    ? undefined
    : await git('describe', '--tags', '--abbrev=0', '--match', 'v*', 'HEAD^').catch(() => undefined);
  const [wanted, from] = given
    ? [given, 'UPGRADE_FROM']
    : tag
      ? [tag, `the newest tag, ${tag}`]
      : [
          readFileSync(join(REPO_ROOT, 'drills/previous-release.txt'), 'utf8').trim(),
          'drills/previous-release.txt',
        ];
  const commit = await git('rev-parse', '--verify', '--quiet', `${wanted}^{commit}`).catch(() => {
    throw new Error(
      `The previous release ${wanted} (from ${from}) is not in this clone: fetch it (git fetch --unshallow --tags) or set UPGRADE_FROM to a commit that is.`,
    );
  });
  return { commit, from };
}

/** Runs a command in `cwd`, its output appended to `log`; fails with the log's name if it fails. */
async function step(cwd: string, log: string, command: string, args: string[]): Promise<void> {
  const output = createWriteStream(log, { flags: 'a' });
  const child = spawn(command, args, { cwd, env: nxEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(output, { end: false });
  child.stderr?.pipe(output, { end: false });
  const exit = await childClosed(child);
  await new Promise<void>((resolve) => output.end(resolve));
  if (exit.code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}; see ${log}`);
}

/**
 * The release's source, its dependencies and its five built apps, under tmp/releases/<commit> (made once, kept for
 * the next run): the source from `git archive`; this checkout's node_modules when the release's lockfile is the
 * same, else its own from `npm ci`; then `nx build` as the release defines it.
 */
export async function preparedRelease({ commit }: Release): Promise<string> {
  const root = join(REPO_ROOT, 'tmp/releases', commit);
  const prepared = join(root, '.prepared');
  if (existsSync(prepared)) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const log = join(root, '.prepare.log');
  await step(REPO_ROOT, log, 'sh', ['-c', `git archive ${commit} | tar -x -C "${root}"`]);
  const sameLock =
    readFileSync(join(root, 'package-lock.json'), 'utf8') ===
    readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8');
  if (sameLock) symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  else await step(root, log, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  await step(root, log, 'npx', ['nx', 'run-many', '-t', 'build', `--projects=${APP_NAMES.join(',')}`]);
  writeFileSync(prepared, `${new Date().toISOString()}\n`);
  return root;
}
