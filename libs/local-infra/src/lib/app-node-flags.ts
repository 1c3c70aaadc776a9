/**
 * The Node.js flags every app is started with: by `npm start`, by the tests, drills and benchmarks, and by the image
 * (the Dockerfile's CMD says the same). Each app may use 512 MiB.
 * - Semi-spaces of 64 MiB instead of V8's 16: a batch of an import (2,000 rows and what is made of them) lives across
 *   a few awaits, outlived the scavenges of a 16 MiB young generation and was moved to the old one, to be marked and
 *   compacted there again.
 * - An old generation of 320 MiB at most: without a bound V8 sizes it to the machine's memory and collects late, so an
 *   app reading a large file grows past its share with garbage.
 * docs/performance.md has the measurements (`npm run bench:importer`, `npm run bench:importer-memory`).
 */
export const APP_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64', '--max-old-space-size=320'];
