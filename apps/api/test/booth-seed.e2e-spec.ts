import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/database/seed/seed.js';
import { createMigratedSchema } from './test-database.js';

describe('booth program demo data', () => {
  let schema: Awaited<ReturnType<typeof createMigratedSchema>>;
  let client: pg.Client;
  beforeAll(async () => {
    schema = await createMigratedSchema();
    client = schema.client;
  });
  afterAll(() => schema.close());

  const snapshot = async () =>
    (
      await client.query(`
        SELECT e.slug, u.name AS proposer, p.status, p.fee_approved::int AS fee_approved,
          (SELECT string_agg(v.name || ' (' || v.country || ')', ', ' ORDER BY v.name) FROM booth_shift s JOIN app_user v ON
            v.id = s.user_id WHERE s.booth_proposal_id = p.id AND s.status = 'confirmed') AS volunteers,
          (SELECT string_agg(kind, ',' ORDER BY id) FROM ledger_entry l WHERE l.booth_proposal_id = p.id) AS ledger
        FROM booth_proposal p JOIN event e ON e.id = p.event_id JOIN app_user u ON u.id = p.proposer_id ORDER BY e.start_date`)
    ).rows;

  it('adds the SCALE, SouthEast LinuxFest and withdrawn booths and the catalogue once, however often it runs', async () => {
    await seedDemo(schema.target);
    const first = await snapshot();
    const year = new Date().getUTCFullYear() + 1;
    expect(first).toEqual([
      {
        slug: `scale-${year}`,
        proposer: 'Konrad Rzeszutek Wilk',
        status: 'shipped',
        fee_approved: 50000,
        volunteers: 'Heechul Kim (KR), Justin Ryan (US)',
        // The sponsorships step adds the booth partner's income.
        ledger: 'allocation,payment,expense,sponsorship',
      },
      {
        slug: `citrix-synergy-${year}`,
        proposer: 'Daniel Stodden',
        status: 'withdrawn',
        fee_approved: null,
        volunteers: null,
        ledger: null,
      },
      {
        slug: `southeast-linuxfest-${year}`,
        proposer: 'Pasi Kärkkäinen',
        status: 'in_review',
        fee_approved: null,
        volunteers: null,
        ledger: null,
      },
    ]);
    await seedDemo(schema.target);
    expect(await snapshot()).toEqual(first);
    const items = await client.query(`SELECT sku FROM inventory_item ORDER BY sku`);
    expect(items.rows.map((row) => row.sku)).toEqual(['CD-LIVE', 'FLY-XEN', 'STK-XEN']);
    const history = await client.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'booth_proposal'`);
    // Ten steps of the booth seed, and SCALE's mark_shipped from the shipments step.
    expect(history.rows[0].n).toBe(11);
  });
});
