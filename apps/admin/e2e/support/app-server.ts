import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../../../api/src/app.factory.js';
import { loadConfig, repoRoot } from '../../../api/src/config/config.js';
import { DEMO_PASSWORD, demoUsers } from '../../../api/src/database/seed/seed-users.js';
import { seedDemo } from '../../../api/src/database/seed/seed.js';
import { createMigratedDatabase } from '../../../api/test/test-database.js';

// The whole product as a user meets it: the production app factory serving the built admin, on a
// fresh schema with the demo data, listening on a free port.
export async function startAppServer() {
  const adminDist = join(repoRoot, 'apps/admin/dist');
  if (!existsSync(join(adminDist, 'index.html'))) throw new Error('Build the admin first (npm test does: npm run build)');
  const { target, drop } = await createMigratedDatabase();
  // The demo's uploaded files (contest artwork) go where this app will serve them from.
  const dataDir = (process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'summitdesk-e2e-')));
  await seedDemo(target);
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
