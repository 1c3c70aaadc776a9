/**
 * `npm run api:generate`: regenerates the API's contract files from the code. Builds the gateway (a cache hit when
 * nothing changed), has the built gateway write its OpenAPI document to docs/openapi.json (no NATS or database
 * needed), generates the typed client's schema from it with openapi-typescript, and formats both with prettier so
 * that the committed files are exactly what this command writes.
 */
import { nxEnv, enterRepoRoot, say, exitStatus, runCommand, appMain } from '@careers/workspace-scripts';

const OPENAPI_DOCUMENT = 'docs/openapi.json';
const CLIENT_SCHEMA = 'libs/api-client/src/generated/schema.ts';

const log = (line: string): void => say('api:generate', line);

async function run(what: string, command: string, args: readonly string[]): Promise<void> {
  log(what);
  const status = exitStatus(await runCommand(command, args, nxEnv()).exited);
  if (status !== 0) throw new Error(`${what} failed (exit status ${status}).`);
}

async function main(): Promise<void> {
  enterRepoRoot();
  await run('Building the gateway ...', 'npx', ['nx', 'run', 'gateway:build', '--outputStyle=static']);
  await run(`Writing ${OPENAPI_DOCUMENT} ...`, process.execPath, [
    appMain('gateway'),
    'openapi',
    OPENAPI_DOCUMENT,
  ]);
  await run(`Generating ${CLIENT_SCHEMA} ...`, 'npx', [
    'openapi-typescript',
    OPENAPI_DOCUMENT,
    '-o',
    CLIENT_SCHEMA,
  ]);
  await run('Formatting ...', 'npx', [
    'prettier',
    '--log-level=warn',
    '--write',
    OPENAPI_DOCUMENT,
    CLIENT_SCHEMA,
  ]);
  log('Done.');
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
  process.exit(1);
});
