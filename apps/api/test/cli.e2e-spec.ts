import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { repoRoot } from '../src/config/config.js';
import { seedDemo } from '../src/database/seed/seed.js';
import { createMigratedSchema } from './test-database.js';

const run = promisify(execFile);
// The built command, as an operator runs it (npm test builds before testing).
const createUserCli = join(repoRoot, 'apps/api/dist/cli/create-user.js');

describe('command line', () => {
  let schema: Awaited<ReturnType<typeof createMigratedSchema>>;
  let client: pg.Client;
  beforeAll(async () => {
    schema = await createMigratedSchema();
    client = schema.client;
  });
  afterAll(() => schema.close());

  const counts = async () =>
    (await client.query(`SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM event)::int AS events`)).rows[0];

  it('seeds the demo data once, however often it runs', async () => {
    await seedDemo(schema.target);
    const first = await counts();
    expect(first.users).toBeGreaterThanOrEqual(5);
    expect(first.events).toBeGreaterThanOrEqual(4);
    await seedDemo(schema.target);
    expect(await counts()).toEqual(first);
    const organizer = await client.query(`SELECT name, role FROM app_user WHERE email = 'organizer@summitdesk.test'`);
    expect(organizer.rows).toEqual([{ name: 'Stephen Spector', role: 'organizer' }]);
  });

  describe('user:create', () => {
    const cli = (args: string[], password: string) => {
      const child = run('node', [createUserCli, ...args], {
        env: { ...process.env, DATABASE_URL: schema.target.url, DATABASE_SCHEMA: schema.target.schema, LOG_LEVEL: 'silent' },
      });
      child.child.stdin!.end(`${password}\n`);
      return child;
    };

    it('creates the first organizer with the password from standard input', async () => {
      const { stdout } = await cli(
        ['--email', 'first@example.org', '--name', 'First Organizer', '--role', 'organizer', '--password-stdin'],
        'a-long-and-private-passphrase',
      );
      expect(stdout).toMatch(/Created organizer first@example.org/);
      const row = await client.query(`SELECT role, password_hash FROM app_user WHERE email = 'first@example.org'`);
      expect(row.rows[0].role).toBe('organizer');
      expect(row.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    });

    it('refuses a weak password and an existing e-mail', async () => {
      await expect(
        cli(['--email', 'weak@example.org', '--name', 'Weak', '--role', 'organizer', '--password-stdin'], 'password1234'),
      ).rejects.toThrow(/password/);
      await expect(
        cli(['--email', 'first@example.org', '--name', 'Again', '--role', 'organizer', '--password-stdin'], 'another-long-private-phrase'),
      ).rejects.toThrow(/already exists/);
    });
  });
});
