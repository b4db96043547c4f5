import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config/config.js';
import { freePort } from '../src/database/embedded.js';
import { DEMO_PASSWORD, demoUsers } from '../src/database/seed/seed-users.js';
import { demoSeedRefusal } from '../src/database/seed/seed-guard.js';
import { createMigratedSchema } from './test-database.js';

const run = promisify(execFile);
// The built commands, as an operator runs them (npm test builds before testing).
const seedCli = join(repoRoot, 'apps/api/dist/cli/seed.js');
const server = join(repoRoot, 'apps/api/dist/main.js');
const secret = 'a-production-secret-that-is-long-enough-0123456789';

describe('demo data in production', () => {
  let schema: Awaited<ReturnType<typeof createMigratedSchema>>;
  beforeAll(async () => {
    schema = await createMigratedSchema();
  });
  afterAll(() => schema.close());

  const users = async () => (await schema.client.query(`SELECT count(*)::int AS n FROM app_user`)).rows[0].n as number;
  const seed = (args: string[], env: Record<string, string>) =>
    run('node', [seedCli, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: schema.target.url,
        DATABASE_SCHEMA: schema.target.schema,
        LOG_LEVEL: 'silent',
        JWT_SECRET: secret,
        SEED_DEMO: '',
        ...env,
      },
    });

  it('is refused by `npm run seed` with NODE_ENV=production, which then changes nothing', async () => {
    await expect(seed([], { NODE_ENV: 'production' })).rejects.toThrow(
      /Refusing to load demo data with NODE_ENV=production.*SEED_DEMO=yes.*--force-production/s,
    );
    await expect(seed([], { NODE_ENV: 'production', SEED_DEMO: 'no' })).rejects.toThrow(/Refusing/);
    expect(await users()).toBe(0);
  });

  it('is loaded in production only when asked for by --force-production or SEED_DEMO=yes', async () => {
    const forced = await seed(['--force-production'], { NODE_ENV: 'production' });
    expect(forced.stdout).toMatch(/Demo data is in place/);
    expect(await users()).toBe(demoUsers.length);
    await expect(seed([], { NODE_ENV: 'production', SEED_DEMO: 'yes' })).resolves.toMatchObject({
      stdout: expect.stringMatching(/Demo data is in place/),
    });
  });

  it('decides from NODE_ENV, SEED_DEMO and the flag alone', () => {
    expect(demoSeedRefusal({ NODE_ENV: 'development', SEED_DEMO: false })).toBeNull();
    expect(demoSeedRefusal({ NODE_ENV: 'production', SEED_DEMO: false })).toMatch(/Refusing/);
    expect(demoSeedRefusal({ NODE_ENV: 'production', SEED_DEMO: true })).toBeNull();
    expect(demoSeedRefusal({ NODE_ENV: 'production', SEED_DEMO: false }, ['--force-production'])).toBeNull();
  });

  // `npm start` without DATABASE_URL runs an embedded PostgreSQL and used to seed it whatever NODE_ENV said.
  it('is not loaded by `npm start` on the embedded database when NODE_ENV=production', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'summitdesk-prod-'));
    const port = await freePort();
    const { DATABASE_URL: _url, DATABASE_SCHEMA: _schema, ...env } = process.env;
    const child = spawn('node', [server], {
      env: {
        ...env,
        NODE_ENV: 'production',
        JWT_SECRET: secret,
        DATA_DIR: dataDir,
        PORT: String(port),
        LOG_LEVEL: 'silent',
        ADMIN_DIST: '/nonexistent',
        SEED_DEMO: '',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const started = Date.now();
      while (!stdout.includes('is running')) {
        if (child.exitCode !== null || Date.now() - started > 90_000) throw new Error(`the server did not start: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(stdout).not.toContain(DEMO_PASSWORD);
      expect(stdout).toMatch(/No demo data/);
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: demoUsers[0].email, password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
