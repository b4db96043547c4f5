import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
// By path: the root that loads the global setup does not resolve workspace packages to their source.
import { migrations } from '../../../migrations/index.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    // A database with every migration applied, which test files copy (CREATE DATABASE … TEMPLATE)
    // instead of each running the migrations again.
    templateDatabase: string;
  }
}

// Every file's copy keeps its data in this schema; `public` holds the extensions.
export const MIGRATED_SCHEMA = 'summitdesk';

// One PostgreSQL for the whole run: DATABASE_URL when it names a test database, otherwise an embedded
// server in a temporary folder. Each test file then works in a schema or a database of its own.
export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (url) {
    const database = new URL(url).pathname.slice(1);
    if (!database.includes('test')) {
      throw new Error(`Refusing to run tests against database "${database}": its name must contain "test"`);
    }
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'summitdesk-test-'));
    const embedded = await startEmbeddedPostgres(dir, 'summitdesk_test');
    url = embedded.url;
    stop = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Extensions are per database; create them once so that every schema's migrations find them.
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  const template = `${new URL(url).pathname.slice(1)}_template_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = databaseUrl(url, template);
  await migrateTemplate(templateUrl);
  project.provide('databaseUrl', url);
  project.provide('templateDatabase', template);
  return async () => {
    // The copies are dropped by their files; a file that crashed leaves one behind, dropped here.
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${template}%`]);
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
    // The browser journeys' demo uploads (apps/admin/e2e/support/app-server.ts).
    rmSync(join(tmpdir(), `${template}_demo`), { recursive: true, force: true });
    await stop();
  };
}

export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function migrateTemplate(url: string) {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA ${MIGRATED_SCHEMA}`);
  await setup.end();
  // Migrations only, as `migrate` runs them: the entities' metadata is not needed.
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    extra: { options: `-c search_path=${MIGRATED_SCHEMA},public` },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
