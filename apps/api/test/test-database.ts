import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate, type DatabaseTarget } from '../src/database/data-source.js';

// A fresh, empty schema for one test file; dropped again when the file is done.
export async function createTestSchema(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const url = inject('databaseUrl');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    target: { url, schema },
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

// A fresh schema with every migration applied, and a plain client working in it: for tests of the
// seed and the command line, which run outside the Nest app.
export async function createMigratedSchema() {
  const schema = await createTestSchema();
  await migrate(schema.target);
  const client = new pg.Client({ connectionString: schema.target.url });
  await client.connect();
  await client.query(`SET search_path = ${schema.target.schema}, public`);
  return {
    target: schema.target,
    client,
    close: async () => {
      await client.end();
      await schema.drop();
    },
  };
}
