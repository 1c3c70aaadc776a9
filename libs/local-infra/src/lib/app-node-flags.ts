/**
 * The Node.js flags every app is started with: by `npm start`, by the tests, drills and benchmarks, and by the image
 * (the Dockerfile's CMD says the same). Semi-spaces of 64 MiB instead of V8's 16: a batch of an import (2,000 rows and
 * what is made of them) lives across a few awaits, outlived the scavenges of a 16 MiB young generation and was moved
 * to the old one, to be marked and compacted there again. With 64 MiB, the 100,000-row benchmark's importer used
 * 2.6-2.8 CPU-s in its run instead of 3.0-3.4, identity 4.4-4.5 instead of 4.3-5.0, the importer's peak memory went
 * down (305-315 MiB from 339-369) and identity's up (374-389 MiB from 331-339): within the 512 MiB each may use.
 * An old generation of 320 MiB at most: without a bound V8 sized it to the machine's memory and collected late, and the
 * importer reading a 50 MB file in the background grew to 605 MiB (677 MiB on 2 MB of empty rows) of mostly garbage;
 * with it, 414 and 421 MiB, and a quarter faster (`npm run bench:importer-memory`, docs/performance.md).
 */
export const APP_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64', '--max-old-space-size=320'];
