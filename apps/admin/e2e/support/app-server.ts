import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../../../api/src/app.factory.js';
import { loadConfig, repoRoot } from '../../../api/src/config/config.js';
import { DEMO_PASSWORD, demoUsers } from '../../../api/src/database/seed/seed-users.js';
import { seedDemo } from '../../../api/src/database/seed/seed.js';
import { copyDatabase, databaseExists, renameDatabase } from '../../../api/test/test-database.js';

// The whole product as a user meets it: the production app factory serving the built admin, on a
// fresh schema with the demo data, listening on a free port.
export async function startAppServer() {
  const adminDist = join(repoRoot, 'apps/admin/dist');
  if (!existsSync(join(adminDist, 'index.html'))) throw new Error('Build the admin first (npm test does: npm run build)');
  const { target, drop, dataDir } = await copyOfDemo();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    ADMIN_DIST: adminDist,
    WORKERS: 'off',
  });
  const app = await createApp(config, target);
  // E2E_PORT pins the port (machines that hand out port ranges); a free one otherwise.
  await app.listen(Number(process.env.E2E_PORT ?? 0), '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    organizer: { email: demoUsers[0].email, password: DEMO_PASSWORD },
    member: { email: demoUsers[1].email, password: DEMO_PASSWORD },
    // For tests that read what the portal mailed (links with their tokens) or set up a record directly.
    query: (sql: string, parameters: unknown[] = []) => app.get(DataSource).query(sql, parameters),
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

// The demo data is seeded once per run, into a database of its own with its uploaded files (contest
// artwork) in a folder beside it; each journey starts on a copy of both. Seeding took most of a
// journey's start. It is seeded under another name and renamed when done, so that a journey that
// crashed half-way leaves no half-seeded demo behind for the next.
async function copyOfDemo() {
  const template = inject('templateDatabase');
  const demo = `${template}_demo`;
  const demoFiles = join(tmpdir(), demo);
  if (!(await databaseExists(demo))) {
    const seeding = await copyDatabase(template);
    mkdirSync(demoFiles, { recursive: true });
    process.env.DATA_DIR = demoFiles;
    await seedDemo(seeding.target);
    await renameDatabase(new URL(seeding.target.url).pathname.slice(1), demo);
  }
  const copy = await copyDatabase(demo);
  const dataDir = (process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'summitdesk-e2e-')));
  cpSync(demoFiles, dataDir, { recursive: true });
  return { ...copy, dataDir };
}
