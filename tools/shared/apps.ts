/** The apps of the system, each run as its own process, with its default HTTP port. */
export const APPS = [
  { name: 'gateway', defaultPort: 3000 },
  { name: 'identity', defaultPort: 3001 },
  { name: 'directory', defaultPort: 3002 },
  { name: 'onboarding', defaultPort: 3003 },
  { name: 'importer', defaultPort: 3004 },
] as const;

export type AppName = (typeof APPS)[number]['name'];

export const APP_NAMES: readonly AppName[] = APPS.map((app) => app.name);

/** GATEWAY_PORT, IDENTITY_PORT, ... */
export function portVariable(app: AppName): string {
  return `${app.toUpperCase()}_PORT`;
}

/** The app's port: <APP>_PORT from the environment, else its default. */
export function appPort(app: AppName, env: NodeJS.ProcessEnv = process.env): number {
  const variable = portVariable(app);
  const raw = env[variable];
  const fallback = APPS.find((entry) => entry.name === app)?.defaultPort;
  if (raw === undefined || raw === '') {
    if (fallback === undefined) throw new Error(`unknown app ${app}`);
    return fallback;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable} must be a port number (1-65535), not "${raw}"`);
  }
  return port;
}

/** Where the build puts the app's entry point (relative to the repository root). */
export function appMain(app: AppName): string {
  return `dist/apps/${app}/main.js`;
}
