import { CHROMIUM_HOW_TO_GET, findChromium } from '@careers/local-infra';
import { chromium, type Browser } from 'playwright-core';

/** Quiet, headless, and without the sandbox only where it cannot run (as root). */
const FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system's Chromium (Debian's `chromium`, or CHROMIUM_PATH): Playwright downloads none. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HOW_TO_GET);
  const asRoot = process.getuid?.() === 0;
  return chromium.launch({
    executablePath,
    headless: true,
    args: asRoot ? ['--no-sandbox', ...FLAGS] : FLAGS,
  });
}
