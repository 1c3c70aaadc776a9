/** The apps of the system, each run as its own process, with its default HTTP port and metrics port. */
export const APPS = [
  { name: 'gateway', defaultPort: 3000, defaultMetricsPort: 9400 },
  { name: 'identity', defaultPort: 3001, defaultMetricsPort: 9401 },
  { name: 'directory', defaultPort: 3002, defaultMetricsPort: 9402 },
  { name: 'onboarding', defaultPort: 3003, defaultMetricsPort: 9403 },
  { name: 'importer', defaultPort: 3004, defaultMetricsPort: 9404 },
] as const;

export type AppName = (typeof APPS)[number]['name'];

export const APP_NAMES: readonly AppName[] = APPS.map((app) => app.name);

/**
 * The app's HTTP port: <APP>_PORT (GATEWAY_PORT, ...) from the environment, else its default. The gateway, the one
 * app people open, also takes PORT, as hosting platforms set it.
 */
export function appPort(app: AppName, env: NodeJS.ProcessEnv = process.env): number {
  const variable = `${app.toUpperCase()}_PORT`;
  if (app === 'gateway' && !env[variable] && env['PORT'])
    return portFrom(env, 'PORT', entryOf(app).defaultPort);
  return portFrom(env, variable, entryOf(app).defaultPort);
}

/** The app's metrics port: <APP>_METRICS_PORT (GATEWAY_METRICS_PORT, ...) from the environment, else its default. */
export function appMetricsPort(app: AppName, env: NodeJS.ProcessEnv = process.env): number {
  return portFrom(env, `${app.toUpperCase()}_METRICS_PORT`, entryOf(app).defaultMetricsPort);
}

function entryOf(app: AppName): (typeof APPS)[number] {
  const entry = APPS.find((candidate) => candidate.name === app);
  if (!entry) throw new Error(`unknown app ${app}`);
  return entry;
}

function portFrom(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
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
