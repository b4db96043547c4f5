import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrate } from '../src/database/data-source.js';
import { createTestSchema } from './test-database.js';
import { migrations } from '@summitdesk/migrations';

describe('migrations', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let client: pg.Client;
  beforeAll(async () => {
    schema = await createTestSchema();
    client = new pg.Client({ connectionString: schema.target.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await schema.drop();
  });

  const tables = async () =>
    (
      await client.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations' ORDER BY 1`,
        [schema.target.schema],
      )
    ).rows.map((row) => row.table_name);

  it('runs every migration up, all the way down, and up again', async () => {
    const applied = await migrate(schema.target, 'up');
    expect(applied).toHaveLength(migrations.length);
    expect(await tables()).toEqual(expect.arrayContaining(['app_user', 'event', 'audit_log']));
    await migrate(schema.target, 'down-all');
    expect(await tables()).toEqual([]);
    expect(await migrate(schema.target, 'up')).toHaveLength(migrations.length);
    expect(await migrate(schema.target, 'up')).toHaveLength(0);
  });
});
