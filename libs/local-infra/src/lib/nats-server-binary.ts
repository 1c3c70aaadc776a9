import { findExecutable } from './executable';

const INSTALL_NATS_SERVER = [
  '  - install the nats-server binary from https://github.com/nats-io/nats-server/releases',
  '    or the OS package `nats-server` (e.g. `apt-get install nats-server`, `brew install nats-server`),',
  '    and put it on PATH or point NATS_SERVER_BIN at it',
];

/** What to tell someone who has no NATS server. */
export const NATS_HOW_TO_GET = [
  'No NATS server was found: nothing answers on 127.0.0.1:4222 and there is no nats-server binary.',
  'Get NATS in one of these ways:',
  ...INSTALL_NATS_SERVER.map((line, i) => (i === INSTALL_NATS_SERVER.length - 1 ? `${line};` : line)),
  '  - or set NATS_URL to a NATS server with JetStream enabled (e.g. NATS_URL=nats://host:4222);',
  '  - or run `docker compose up -d nats` in this repository: it publishes NATS on 127.0.0.1:4222',
  '    (compose wants ACCESS_TOKEN_PRIVATE_KEY and SINGLE_SIGN_ON_SECRET_KEY set even for this one service: any',
  '    values will do).',
].join('\n');

/** What to tell someone who has no nats-server binary when one is needed (the tests start their own). */
export const NATS_SERVER_BINARY_HOW_TO_GET = [
  'No nats-server binary was found (NATS_SERVER_BIN, or nats-server on PATH).',
  'The tests start a private NATS server for each test file, so they need the binary itself:',
  ...INSTALL_NATS_SERVER.map((line, i) => (i === INSTALL_NATS_SERVER.length - 1 ? `${line}.` : line)),
].join('\n');

/**
 * The nats-server executable to run: NATS_SERVER_BIN when it names an executable file,
 * else the first `nats-server` on PATH, else undefined.
 */
export function findNatsServerBinary(): string | undefined {
  const names = process.platform === 'win32' ? ['nats-server.exe', 'nats-server'] : ['nats-server'];
  return findExecutable('NATS_SERVER_BIN', names);
}
