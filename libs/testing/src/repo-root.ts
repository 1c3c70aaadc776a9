import { resolve } from 'node:path';

/** The workspace root, where `dist/apps/<app>/main.js` are built. */
export const REPO_ROOT = resolve(__dirname, '../../..');
