/**
 * The bare HTTP baseline of `bench/gateway`, run as its own process: a Fastify handler that answers every GET with
 * the contact page in the JSON file given, serialized for each request as the gateway's reply is, with no auth,
 * logging, NATS or database. Prints `ready <port>` once it listens. Usage: bare-http-server.ts <page.json>
 */
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const page: unknown = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const server = Fastify({ logger: false });
server.get('/*', async () => page);

process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));

server.listen({ host: '127.0.0.1', port: 0 }).then(
  () => process.stdout.write(`ready ${(server.server.address() as AddressInfo).port}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
