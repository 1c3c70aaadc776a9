import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@careers/testing';
import type { Page } from 'playwright-core';

/**
 * A picture of the page for the docs: into docs/screenshots/<name>.png with UPDATE_SCREENSHOTS=1 (to refresh the
 * README's), else into tmp/screenshots/ (so a test run never changes tracked files).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(
    REPO_ROOT,
    process.env['UPDATE_SCREENSHOTS'] === '1' ? 'docs/screenshots' : 'tmp/screenshots',
  );
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}
