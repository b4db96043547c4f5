import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContests } from '../src/database/seed/seed-contests.js';
import { seedUsers } from '../src/database/seed/seed-users.js';
import { FILE_STORAGE } from '../src/storage/file-storage.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('demo seed: the mascot contest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedUsers(t.dataSource);
  });
  afterAll(() => t.close());

  it('opens the newsletter contest for voting with drawn artwork and a few votes, once however often it runs', async () => {
    await seedContests(t.dataSource, t.app.get(FILE_STORAGE));
    await seedContests(t.dataSource, t.app.get(FILE_STORAGE));
    const [contest] = await t.dataSource.query(`SELECT id FROM contest`);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM contest`))[0].n).toBe(1);
    const page = await t.http().get(`/api/public/contests/${contest.id}`);
    expect(page.body).toMatchObject({ status: 'voting', prize: 10_000, currency: 'USD' });
    expect(page.body.rulesHtml).toContain('Win $100 by submitting the best idea for a community mascot');
    expect(page.body.entries).toHaveLength(5);
    expect(page.body.results).toBeUndefined();
    const thumbnail = await t.http().get(page.body.entries[0].thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM vote`))[0].n).toBe(7);
  });
});
