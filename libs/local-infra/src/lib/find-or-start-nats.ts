import { join } from 'node:path';
import { freePort, isPortFree } from './free-port';
import { notStarted, type LocalService, type LogLine } from './local-service';
import { findNatsServerBinary, NATS_HOW_TO_GET } from './nats-server-binary';
import { NatsServerProcess } from './nats-server-process';
import { isTcpReachable } from './tcp';
import { natsEndpoints, redactUrl } from './urls';

export interface FindOrStartNatsOptions {
  /** NATS_URL: used as it is when given. */
  natsUrl?: string;
  /** JetStream store of a nats-server started here, kept between runs. */
  storeDir: string;
  log: LogLine;
}

const LOCAL_HOST = '127.0.0.1';
const LOCAL_PORT = 4222;

async function useNatsUrl(natsUrl: string, log: LogLine): Promise<LocalService> {
  const shown = natsUrl.split(',').map(redactUrl).join(',');
  let endpoints: { host: string; port: number }[];
  try {
    endpoints = natsEndpoints(natsUrl);
  } catch {
    throw new Error(`NATS_URL is not a valid URL: ${shown}`);
  }
  for (const { host, port } of endpoints) {
    if (await isTcpReachable(host, port, 2_000)) {
      log(`NATS: using NATS_URL (${shown}).`);
      return notStarted(natsUrl);
    }
  }
  throw new Error(
    `NATS_URL=${shown}: no server answers there. ` +
      'Start that NATS server, or unset NATS_URL to use (or start) a local one.',
  );
}

/**
 * NATS for a command run on a developer machine: NATS_URL when given, else the server on
 * 127.0.0.1:4222, else a nats-server (JetStream on, store in storeDir) started here on port 4222
 * when free. Throws with how to get NATS when there is none of these.
 */
export async function findOrStartNats(options: FindOrStartNatsOptions): Promise<LocalService> {
  const { natsUrl, storeDir, log } = options;
  if (natsUrl) return useNatsUrl(natsUrl, log);
  if (await isTcpReachable(LOCAL_HOST, LOCAL_PORT)) {
    const url = `nats://${LOCAL_HOST}:${LOCAL_PORT}`;
    log(`NATS: using the server on ${url}.`);
    return notStarted(url);
  }
  const binary = findNatsServerBinary();
  if (!binary) throw new Error(NATS_HOW_TO_GET);
  const port = (await isPortFree(LOCAL_PORT)) ? LOCAL_PORT : await freePort();
  const server = await NatsServerProcess.start({
    port,
    storeDir,
    logFile: join(storeDir, 'nats-server.log'),
  });
  log(`NATS: started ${binary} on ${server.url} (JetStream store in ${storeDir}).`);
  return { url: server.url, started: true, stop: () => server.stop() };
}
