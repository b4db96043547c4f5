import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { repoRoot } from '../src/config/config.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';
import { createMigratedSchema } from './test-database.js';

const run = promisify(execFile);
// The built commands, as an operator runs them (npm test builds first).
const cli = (name: string) => join(repoRoot, 'apps/api/dist/cli', `${name}.js`);

describe('npm run backup / npm run restore', { timeout: 120_000 }, () => {
  let schema: Awaited<ReturnType<typeof createMigratedSchema>>;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    schema = await createMigratedSchema();
    dataDir = mkdtempSync(join(tmpdir(), 'summitdesk-backup-'));
    env = {
      ...process.env,
      DATABASE_URL: schema.target.url,
      DATABASE_SCHEMA: schema.target.schema,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    };
  });
  afterAll(async () => {
    await schema.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const users = async () => (await schema.client.query('SELECT email, name FROM app_user ORDER BY email')).rows;

  it('puts back the database and the uploaded files as they were at the backup', async (context) => {
    // pg_dump cannot dump a newer server: when the tests run on the embedded PostgreSQL 18 and the
    // machine only has an older client (Debian's 15), the data-folder path below is what backs up.
    const [{ server_version_num: serverVersion }] = (await schema.client.query('SHOW server_version_num')).rows;
    const dumpVersion = await run('pg_dump', ['--version'], { env }).then(
      (result) => Number(/(\d+)\./.exec(result.stdout)?.[1] ?? 0),
      () => 0,
    );
    if (dumpVersion < Math.floor(Number(serverVersion) / 10000)) context.skip();
    await schema.client.query(
      `INSERT INTO app_user (email, name, role, password_hash) VALUES
         ('kept@example.test', 'Kept Person', 'member', 'x'), ('renamed@example.test', 'Original Name', 'member', 'x')`,
    );
    mkdirSync(join(dataDir, 'uploads', 'contest-entries', '1'), { recursive: true });
    writeFileSync(join(dataDir, 'uploads', 'contest-entries', '1', 'artwork.png'), 'the original artwork');
    const before = await users();

    const file = join(dataDir, 'backups', 'test.tar.gz');
    const made = await run('node', [cli('backup'), file], { env });
    expect(made.stdout).toMatch(/Backed up to .*test\.tar\.gz/);
    expect(made.stdout).toMatch(/pg_dump \(custom format\)/);
    expect(existsSync(file)).toBe(true);

    // Everything changes after the backup: rows, a table's contents, files replaced and added.
    await schema.client.query(`UPDATE app_user SET name = 'Changed Name' WHERE email = 'renamed@example.test'`);
    await schema.client.query(`DELETE FROM app_user WHERE email = 'kept@example.test'`);
    await schema.client.query(
      `INSERT INTO app_user (email, name, role, password_hash) VALUES ('later@example.test', 'Later', 'member', 'x')`,
    );
    writeFileSync(join(dataDir, 'uploads', 'contest-entries', '1', 'artwork.png'), 'overwritten');
    writeFileSync(join(dataDir, 'uploads', 'added-later.png'), 'new');

    const restored = await run('node', [cli('restore'), file], { env });
    expect(restored.stdout).toMatch(/Restored/);
    expect(await users()).toEqual(before);
    expect(readFileSync(join(dataDir, 'uploads', 'contest-entries', '1', 'artwork.png'), 'utf8')).toBe('the original artwork');
    expect(existsSync(join(dataDir, 'uploads', 'added-later.png'))).toBe(false);
    // The schema is whole again: migrations are recorded, so the app starts on it without migrating.
    const migrations = await schema.client.query('SELECT count(*)::int AS count FROM migrations');
    expect(migrations.rows[0].count).toBeGreaterThan(10);
  });

  it('refuses a file that is not a backup, in one sentence', async () => {
    const bogus = join(dataDir, 'bogus.tar.gz');
    writeFileSync(bogus, 'not a tarball');
    const failed = run('node', [cli('restore'), bogus], { env });
    await expect(failed).rejects.toMatchObject({ code: 1 });
    const missing = run('node', [cli('restore'), join(dataDir, 'nothing-here.tar.gz')], { env });
    await expect(missing).rejects.toMatchObject({ stderr: expect.stringMatching(/^The restore failed: there is no backup file .*\.\n$/) });
  });
});

describe('npm run backup / npm run restore on the embedded database', { timeout: 240_000 }, () => {
  it('copies the stopped data folder when no pg_dump is as new as the embedded server, and puts it back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'summitdesk-embedded-backup-'));
    const env = { ...process.env, DATABASE_URL: undefined, DATABASE_SCHEMA: undefined, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const withServer = async (work: (client: pg.Client) => Promise<void>) => {
      const server = await startEmbeddedPostgres(dataDir);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      try {
        await work(client);
      } finally {
        await client.end();
        await server.stop();
      }
    };
    try {
      await withServer((client) => client.query(`CREATE TABLE note (text text); INSERT INTO note VALUES ('before')`).then(() => undefined));
      const file = join(dataDir, 'embedded.tar.gz');
      const made = await run('node', [cli('backup'), file], { env });
      expect(made.stdout).toMatch(/database: (the embedded data folder|pg_dump)/);
      await withServer((client) => client.query(`UPDATE note SET text = 'after'`).then(() => undefined));
      await run('node', [cli('restore'), file], { env });
      await withServer(async (client) => {
        expect((await client.query('SELECT text FROM note')).rows).toEqual([{ text: 'before' }]);
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
