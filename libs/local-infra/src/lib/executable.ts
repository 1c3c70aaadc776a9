import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A program to run: the environment variable's value when it names an executable file (and nothing when it names
 * something else), else the first of the names found on PATH, else undefined.
 */
export function findExecutable(variable: string, names: string[]): string | undefined {
  const fromEnv = process.env[variable];
  if (fromEnv) return isExecutableFile(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}
