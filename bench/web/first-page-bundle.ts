import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  /** The JavaScript a first visit downloads before the page can run, gzipped. */
  gzippedBytes: number;
  rawBytes: number;
}

/**
 * The JavaScript of the built app's first page: the scripts and module preloads index.html names (what the browser
 * fetches before the first page runs; routes loaded later are not counted), each gzipped at level 9.
 */
export function firstPageJavaScript(webRoot: string): BundleSize {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g),
  ].map((match) => match[1]);
  let gzippedBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(webRoot, file));
    rawBytes += content.length;
    gzippedBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, gzippedBytes, rawBytes };
}
