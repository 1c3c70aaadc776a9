export interface Endpoint {
  host: string;
  port: number;
}

/** The URL with its password replaced by ***, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  }
}

function endpointOf(url: URL, defaultPort: number): Endpoint {
  // IPv6 hosts come back in brackets.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  return { host, port: url.port ? Number(url.port) : defaultPort };
}

/** Host and port of a postgres:// URL (port 5432 when absent). */
export function postgresEndpoint(databaseUrl: string): Endpoint {
  return endpointOf(new URL(databaseUrl), 5432);
}

/** The database a postgres:// URL names, if any. */
export function postgresDatabaseName(databaseUrl: string): string | undefined {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  return name || undefined;
}

/** The same server, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Every server of a NATS_URL (comma-separated; the scheme and port 4222 may be left out). */
export function natsEndpoints(natsUrl: string): Endpoint[] {
  return natsUrl
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => endpointOf(new URL(/^[a-z]+:\/\//i.test(part) ? part : `nats://${part}`), 4222));
}
