/**
 * Run by embedded-cluster.spec.ts inside a copy of the repository: starts the embedded PostgreSQL the
 * way `npm start`, `npm test` and the drills do (data in argv[2], port argv[3]), asks it a query,
 * stops it, and prints the answer and where the data was as JSON.
 */
import { Client } from 'pg';
import { startEmbeddedCluster } from '../src/lib/embedded-cluster';

async function main(): Promise<void> {
  const [dataDir = '', port = ''] = process.argv.slice(2);
  const cluster = await startEmbeddedCluster(dataDir, (line) => console.error(line), {
    port: Number(port),
  });
  try {
    const client = new Client({ connectionString: `${cluster.serverUrl}/postgres` });
    await client.connect();
    try {
      const { rows } = await client.query<{ answer: number }>('SELECT 6 * 7 AS answer');
      console.log(JSON.stringify({ answer: rows[0]?.answer, dataDir: cluster.dataDir }));
    } finally {
      await client.end();
    }
  } finally {
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
