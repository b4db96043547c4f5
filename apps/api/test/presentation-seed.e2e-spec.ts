import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUsers } from '../src/database/seed/seed-users.js';
import { seedPresentations } from '../src/presentations/seed-presentations.js';
import { FILE_STORAGE } from '../src/storage/file-storage.js';
import { bearer, createTestApp, type TestApp } from './test-app.js';

describe('presentation library demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedUsers(t.dataSource);
    await seedPresentations(t.dataSource, t.app.get(FILE_STORAGE));
  }, 120_000);
  afterAll(() => t.close());

  it("puts last year's talks with slides, previews and view counts in the public library, once", async () => {
    const popular = await t.http().get('/api/public/presentations').query({ sort: '["views","DESC"]', range: '[0,2]' });
    expect(popular.status).toBe(200);
    expect(popular.headers['content-range']).toBe('presentations 0-2/5');
    const year = new Date().getUTCFullYear();
    expect(popular.body[0]).toMatchObject({
      title: 'Memory Management in Xen',
      speakers: [{ name: 'Dan Magenheimer', affiliation: 'Oracle' }],
      year,
      views: 48,
      downloads: 17,
      pageCount: 3,
    });
    const preview = await t.http().get(popular.body[0].previewUrl);
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const slides = await t.http().get(popular.body[0].slidesUrl);
    expect(slides.headers['content-type']).toBe('application/pdf');

    await seedPresentations(t.dataSource, t.app.get(FILE_STORAGE));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM presentation`);
    expect(n).toBe(5);
    const organizer = await t.user('organizer');
    const [row] = (
      await t
        .http()
        .get('/api/statistics')
        .query({ period: 'year', from: `${year}-01-01`, to: `${year}-12-31` })
        .set(bearer(organizer))
    ).body;
    expect(row).toMatchObject({ period: String(year), presentationsUploaded: 5, views: 125, downloads: 38 });
  });
});
