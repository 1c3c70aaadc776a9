import { findExecutable } from './executable';

/** What to tell someone who has no Chromium for the browser tests. */
export const CHROMIUM_HOW_TO_GET = [
  'No Chromium was found (CHROMIUM_PATH, or chromium / chromium-browser / google-chrome on PATH).',
  'The browser tests drive a real Chromium; Playwright downloads none. Install one:',
  '  - Debian or Ubuntu: `apt-get install -y chromium` (as root), macOS: `brew install --cask chromium`;',
  '  - or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

/** The Chromium (or Chrome) executable the browser tests launch, or undefined. */
export function findChromium(): string | undefined {
  return findExecutable('CHROMIUM_PATH', ['chromium', 'chromium-browser', 'google-chrome']);
}
