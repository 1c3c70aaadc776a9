import type { TestDatabase } from '@careers/testing';
import { cpus, totalmem } from 'node:os';

const SETTINGS = ['shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit'];

/** The machine and database a run measured, so figures are never read without them. */
export async function describeConditions(db: Pick<TestDatabase, 'query'>): Promise<string[]> {
  const [{ version }] = await db.query<{ version: string }>(`select version()`);
  const settings = await db.query<{ name: string; setting: string }>(
    `select name, current_setting(name) as setting from unnest($1::text[]) name`,
    [SETTINGS],
  );
  const cores = cpus();
  return [
    `machine: ${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    `node ${process.version}; ${version.split(',')[0]}`,
    `postgres settings: ${settings.map(({ name, setting }) => `${name}=${setting}`).join(', ')}`,
  ];
}
