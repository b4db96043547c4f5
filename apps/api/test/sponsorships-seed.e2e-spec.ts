import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBoothProposals } from '../src/booth-proposals/seed-booth-proposals.js';
import { seedEvents } from '../src/database/seed/seed-events.js';
import { seedUsers } from '../src/database/seed/seed-users.js';
import { FILE_STORAGE } from '../src/storage/file-storage.js';
import { seedSponsorships } from '../src/sponsorships/seed-sponsorships.js';
import { bearer, createTestApp, type TestApp } from './test-app.js';

describe('demo seed: sponsorships', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedUsers(t.dataSource);
    await seedEvents(t.dataSource);
    await seedBoothProposals(t.dataSource);
  });
  afterAll(() => t.close());

  it('has AMD host the summit in Gold, Citrix and Oracle in Silver, Samsung on the SCALE booth and one refund, once', async () => {
    await seedSponsorships(t.dataSource, t.app.get(FILE_STORAGE));
    await seedSponsorships(t.dataSource, t.app.get(FILE_STORAGE));
    const year = new Date().getUTCFullYear() + 1;
    const summit = await t.http().get(`/api/public/events/xen-summit-north-america-${year}/sponsors`);
    expect(summit.status).toBe(200);
    expect(
      summit.body.tiers.map(
        (tier: { name: string; sponsors: Array<{ name: string }> }) => `${tier.name}: ${tier.sponsors.map((s) => s.name).join(', ')}`,
      ),
    ).toEqual(['Gold: AMD', 'Silver: Citrix, Oracle']);
    const logo = await t.http().get(summit.body.tiers[0].sponsors[0].logoUrl);
    expect([logo.status, logo.headers['content-type']]).toEqual([200, 'image/svg+xml']);
    const scale = await t.http().get(`/api/public/events/scale-${year}/sponsors`);
    expect(scale.body.booths).toEqual([{ boothProposalId: expect.any(Number), sponsors: [expect.objectContaining({ name: 'Samsung' })] }]);
    const statuses = await t.dataSource.query(`SELECT status, count(*)::int AS n FROM sponsorship GROUP BY status ORDER BY status`);
    expect(statuses).toEqual([
      { status: 'paid', n: 4 },
      { status: 'refunded', n: 1 },
    ]);
    const organizer = await t.user('organizer');
    const booth = await t.http().get(`/api/booth-proposals/${scale.body.booths[0].boothProposalId}/sponsors`).set(bearer(organizer));
    expect(booth.body).toMatchObject({ approved: 50_000, sponsored: 25_000, costToProgram: 25_000 });
  });
});
