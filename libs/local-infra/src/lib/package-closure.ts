import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface InstalledPackage {
  name: string;
  version: string;
  /** The package's folder (symbolic links resolved). */
  dir: string;
}

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The folder Node would load package `name` from for a module in fromDir, if it is installed. */
function packageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Package `name` as Node resolves it from fromDir, and every package it needs in turn (optional
 * dependencies when installed), each once.
 */
export function packageClosure(name: string, fromDir: string): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>();
  const visit = (packageName: string, from: string): void => {
    const dir = packageDir(packageName, from);
    if (!dir || found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    found.set(dir, { name: packageName, version: manifest.version, dir });
    const needs = { ...manifest.dependencies, ...manifest.optionalDependencies };
    for (const dependency of Object.keys(needs)) visit(dependency, dir);
  };
  visit(name, fromDir);
  return [...found.values()];
}
