import type { BoothProposalStatus } from '@summitdesk/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { comingYear, onDate } from '../database/seed/demo-dates.js';

const items = [
  { sku: 'FLY-XEN', name: 'Xen flyers', unit: 'piece' },
  { sku: 'STK-XEN', name: 'Xen stickers', unit: 'sheet' },
  { sku: 'CD-LIVE', name: 'Xen live CDs', unit: 'disc' },
];

type Step = { action: string; by: string; from?: BoothProposalStatus; to: BoothProposalStatus; note?: string };

// The demo's booths, after the 2010 newsletter: SCALE approved and funded with two volunteers (one
// from Korea), SouthEast LinuxFest under review, Citrix Synergy withdrawn. Rows are written directly
// (with their audit trail and ledger entries) and keyed by event and proposer, so re-running adds nothing.
export async function seedBoothProposals(dataSource: DataSource): Promise<void> {
  const year = comingYear();
  await dataSource.transaction(async (manager) => {
    for (const item of items) {
      await manager.query(`INSERT INTO inventory_item (sku, name, unit) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        item.sku,
        item.name,
        item.unit,
      ]);
    }
    // The booth program needs the year's budget; the budgets seed may have made it already.
    // Sponsors are hoped to bring in $30,000 over the year (the dashboard's sponsorship card).
    await manager.query(
      `INSERT INTO budget (year, currency, amount, sponsorship_goal, note) VALUES ($1, 'USD', 1500000, 3000000, 'Community booth program')
       ON CONFLICT DO NOTHING`,
      [year],
    );
    const [budget] = await manager.query(`SELECT id FROM budget WHERE year = $1 AND currency = 'USD'`, [year]);

    const scale = await proposal(
      manager,
      `scale-${year}`,
      'konrad@summitdesk.test',
      {
        status: 'funded',
        pitch: 'SCALE is the biggest community-run Linux show on the West Coast; a Xen booth there reaches 2,000 admins and developers.',
        expected_attendance: 2000,
        staffing_plan: 'Konrad on all three days, Heechul and Justin on the Saturday.',
        fee_requested: 60000,
        fee_approved: 50000,
        approved_currency: 'USD',
        budget_id: budget.id,
        banner: 'ship_existing',
        banner_approved: true,
        shipping_address: {
          name: 'Konrad Rzeszutek Wilk',
          line1: 'Westin LAX',
          line2: '5400 W Century Blvd',
          city: 'Los Angeles',
          region: 'CA',
          postalCode: '90045',
          country: 'US',
        },
        needed_by: onDate(year, '02-16'),
        receiving_from: onDate(year, '02-12'),
        receiving_to: onDate(year, '02-17'),
        opening_hours: [
          { day: onDate(year, '02-19'), opens: '10:00', closes: '18:00' },
          { day: onDate(year, '02-20'), opens: '10:00', closes: '18:00' },
          { day: onDate(year, '02-21'), opens: '10:00', closes: '14:00' },
        ],
      },
      [
        { action: 'create', by: 'konrad', to: 'draft' },
        { action: 'submit', by: 'konrad', from: 'draft', to: 'submitted' },
        { action: 'start_review', by: 'organizer', from: 'submitted', to: 'in_review' },
        {
          action: 'approve',
          by: 'organizer',
          from: 'in_review',
          to: 'approved',
          note: 'The expo hall fee is shared with the Fedora booth next door.',
        },
        { action: 'mark_paid', by: 'organizer', from: 'approved', to: 'funded' },
      ],
    );
    if (scale.created) {
      await materials(manager, scale.id, [
        ['FLY-XEN', 300, 300],
        ['STK-XEN', 200, 150],
        ['CD-LIVE', 100, 100],
      ]);
      const memo = `Booth at SCALE ${year}`;
      await manager.query(
        `INSERT INTO ledger_entry (budget_id, kind, amount, currency, booth_proposal_id, memo, actor_id) SELECT $1, ` +
          `'allocation', 50000, 'USD', $2, $3, id FROM app_user WHERE email = 'organizer@summitdesk.test'`,
        [budget.id, scale.id, memo],
      );
      await manager.query(
        `INSERT INTO ledger_entry (budget_id, kind, amount, currency, booth_proposal_id, memo, actor_id) SELECT $1, 'payment', ` +
          `50000, 'USD', $2, $3, id FROM app_user WHERE email = 'organizer@summitdesk.test'`,
        [budget.id, scale.id, `Booth fee paid: SCALE ${year}`],
      );
      await shift(manager, scale.id, 'heechul@summitdesk.test', onDate(year, '02-20'), '10:00', '14:00');
      await shift(manager, scale.id, 'justin@summitdesk.test', onDate(year, '02-20'), '14:00', '18:00');
    }

    const self = await proposal(
      manager,
      `southeast-linuxfest-${year}`,
      'pasi@summitdesk.test',
      {
        status: 'in_review',
        pitch: 'SouthEast LinuxFest has no virtualization booth yet; we would demo Xen on ARM and hand out live CDs.',
        expected_attendance: 1500,
        staffing_plan: 'Pasi and two volunteers from the Spartanburg LUG.',
        fee_requested: 50000,
        banner: 'ship_existing',
        shipping_address: {
          name: 'Pasi Kärkkäinen',
          line1: 'Spartanburg Marriott',
          line2: '299 N Church St',
          city: 'Spartanburg',
          region: 'SC',
          postalCode: '29306',
          country: 'US',
        },
        needed_by: onDate(year, '06-10'),
      },
      [
        { action: 'create', by: 'pasi', to: 'draft' },
        { action: 'submit', by: 'pasi', from: 'draft', to: 'submitted' },
        { action: 'start_review', by: 'organizer', from: 'submitted', to: 'in_review' },
      ],
    );
    if (self.created)
      await materials(manager, self.id, [
        ['FLY-XEN', 200, null],
        ['CD-LIVE', 50, null],
      ]);

    await proposal(
      manager,
      `citrix-synergy-${year}`,
      'daniel@summitdesk.test',
      {
        status: 'withdrawn',
        pitch: 'A community corner inside the Citrix booth at Synergy.',
        expected_attendance: 5000,
        fee_requested: 0,
      },
      [
        { action: 'create', by: 'daniel', to: 'draft' },
        { action: 'withdraw', by: 'daniel', from: 'draft', to: 'withdrawn', note: 'Citrix hosts the community corner itself this year.' },
      ],
    );
  });
}

async function proposal(manager: EntityManager, eventSlug: string, proposerEmail: string, fields: Record<string, unknown>, steps: Step[]) {
  const [found] = await manager.query(
    `SELECT p.id FROM booth_proposal p JOIN event e ON e.id = p.event_id JOIN app_user u ON u.id = p.proposer_id WHERE e.slug = ` +
      `$1 AND u.email = $2`,
    [eventSlug, proposerEmail],
  );
  if (found) return { id: found.id as number, created: false };
  const columns = Object.keys(fields);
  const values = columns.map((column) =>
    typeof fields[column] === 'object' && fields[column] !== null ? JSON.stringify(fields[column]) : fields[column],
  );
  const [row] = await manager.query(
    `INSERT INTO booth_proposal (event_id, proposer_id, reviewer_id, currency, ${columns.join(', ')})
     SELECT e.id, u.id, (SELECT id FROM app_user WHERE email = 'organizer@summitdesk.test'), 'USD',
       ${columns.map((_, n) => `$${n + 3}`).join(', ')}
     FROM event e, app_user u WHERE e.slug = $1 AND u.email = $2 RETURNING id`,
    [eventSlug, proposerEmail, ...values],
  );
  for (const step of steps) {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state, note)
       SELECT id, name, 'booth_proposal', $2, $3, $4, $5, $6 FROM app_user WHERE email = $1`,
      [`${step.by}@summitdesk.test`, String(row.id), step.action, step.from ?? null, step.to, step.note ?? null],
    );
  }
  return { id: row.id as number, created: true };
}

async function materials(manager: EntityManager, proposalId: number, lines: Array<[string, number, number | null]>) {
  for (const [sku, quantity, approved] of lines) {
    await manager.query(
      `INSERT INTO booth_proposal_material (booth_proposal_id, item_id, quantity, quantity_approved) SELECT $1, id, $3, $4 FROM ` +
        `inventory_item WHERE sku = $2`,
      [proposalId, sku, quantity, approved],
    );
  }
}

async function shift(manager: EntityManager, proposalId: number, email: string, day: string, start: string, end: string) {
  await manager.query(
    `INSERT INTO booth_shift (booth_proposal_id, user_id, day, start_time, end_time, status) SELECT $1, id, $3, $4, $5, ` +
      `'confirmed' FROM app_user WHERE email = $2`,
    [proposalId, email, day, start, end],
  );
}
