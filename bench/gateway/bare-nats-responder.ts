/**
 * The bare NATS baseline of `bench/gateway`, run as its own process as a service is: answers every request on a
 * subject with the contact page in the JSON file given, encoded for each request as a service's reply is, with no
 * validation, ORM or database. Prints `ready` once subscribed. Usage: bare-nats-responder.ts <url> <subject> <page.json>
 */
import { connect, JSONCodec } from 'nats';
import { readFileSync } from 'node:fs';

const [url, subject, pageFile] = process.argv.slice(2);
const page: unknown = JSON.parse(readFileSync(pageFile, 'utf8'));
const codec = JSONCodec();

async function main(): Promise<void> {
  const nats = await connect({ servers: url });
  nats.subscribe(subject, {
    callback: (error, message) => {
      if (!error) message.respond(codec.encode(page));
    },
  });
  await nats.flush();
  process.once('SIGTERM', () => void nats.drain().then(() => process.exit(0)));
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
