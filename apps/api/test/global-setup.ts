import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/database/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One PostgreSQL for the whole run: DATABASE_URL when it names a test database, otherwise an embedded
// server in a temporary folder. Each test file then works in a schema of its own.
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
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Extensions are per database; create them once so that every schema's migrations find them.
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  await client.end();
  project.provide('databaseUrl', url);
  return stop;
}
