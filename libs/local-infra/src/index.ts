export { isTcpReachable } from './lib/tcp';
export { freePort } from './lib/free-port';
export {
  findNatsServerBinary,
  NATS_HOW_TO_GET,
  NATS_SERVER_BINARY_HOW_TO_GET,
} from './lib/nats-server-binary';
export { CHROMIUM_HOW_TO_GET, findChromium } from './lib/chromium';
export { NatsServerProcess, type NatsServerStartOptions } from './lib/nats-server-process';
export { NatsCluster, type NatsClusterStartOptions } from './lib/nats-cluster';
export { findOrStartPostgres, type FindOrStartPostgresOptions } from './lib/find-or-start-postgres';
export { startEmbeddedCluster, type EmbeddedCluster } from './lib/embedded-cluster';
export { findOrStartNats, type FindOrStartNatsOptions } from './lib/find-or-start-nats';
export type { LocalService, LogLine } from './lib/local-service';
export { childClosed, terminateChild, describeExit, type ChildExit } from './lib/child-exit';
export { killOnExit } from './lib/exit-guard';
export { isProcessAlive } from './lib/process-alive';
export { APP_NODE_FLAGS } from './lib/app-node-flags';
