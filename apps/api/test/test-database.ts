import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../src/database/data-source.js';
import { databaseUrl, MIGRATED_SCHEMA } from './global-setup.js';

type TestTarget = { target: DatabaseTarget; drop: () => Promise<void> };

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// A fresh, empty schema for one test file (for the migrations themselves); dropped when the file is done.
export async function createTestSchema(): Promise<TestTarget> {
  const url = inject('databaseUrl');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE SCHEMA ${schema}`));
  return { target: { url, schema }, drop: () => onServer((client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined) };
}

// A fresh database with every migration applied: a copy of the one the global setup migrated, which
// takes a fraction of a second where running the migrations took seconds (and queued the files
// behind the migration lock).
export const createMigratedDatabase = () => copyDatabase(inject('templateDatabase'));

// A copy of a database that nobody is connected to, named after the run's template so that the
// global teardown drops whatever a crashed file left behind.
export async function copyDatabase(from: string, database = `${inject('templateDatabase')}_${randomBytes(6).toString('hex')}`) {
  await onServer((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${from}`));
  return {
    target: { url: databaseUrl(inject('databaseUrl'), database), schema: MIGRATED_SCHEMA },
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(() => undefined),
  } satisfies TestTarget;
}

export const databaseExists = (database: string) =>
  onServer(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 1);

export const renameDatabase = (from: string, to: string) =>
  onServer((client) => client.query(`ALTER DATABASE ${from} RENAME TO ${to}`)).then(() => undefined);

// A migrated database and a plain client working in it: for tests of the seed and the command line,
// which run outside the Nest app.
export async function createMigratedSchema() {
  const database = await createMigratedDatabase();
  const client = new pg.Client({ connectionString: database.target.url });
  await client.connect();
  await client.query(`SET search_path = ${database.target.schema}, public`);
  return {
    target: database.target,
    client,
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}
