import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { comingYear, onDate } from '../database/seed/demo-dates.js';
import { createFileStorage } from '../storage/storage.module.js';
import type { FileStorage } from '../storage/file-storage.js';
import { processLogo } from '../sponsors/logo-processing.js';

type DemoSponsor = { name: string; website: string; contact: string; colour: string };
type DemoSale = { sponsor: string; event: string; tier: string; method: 'card' | 'bank_transfer'; refunded?: boolean };

const SPONSORS: DemoSponsor[] = [
  { name: 'AMD', website: 'https://www.amd.com', contact: 'tim@summitdesk.test', colour: '#ed1c24' },
  { name: 'Citrix', website: 'https://www.citrix.com', contact: 'daniel@summitdesk.test', colour: '#452170' },
  { name: 'Oracle', website: 'https://www.oracle.com', contact: 'dan@summitdesk.test', colour: '#c74634' },
  { name: 'Samsung', website: 'https://www.samsung.com', contact: 'sangbum@summitdesk.test', colour: '#1428a0' },
  { name: 'HP Labs', website: 'https://www.hpl.hp.com', contact: 'jose@summitdesk.test', colour: '#0096d6' },
];

// AMD hosts and sponsors the summit (Gold); Citrix and Oracle buy Silver; Samsung sponsors the SCALE
// booth; HP Labs bought Silver and was refunded (the event moved past their budget year).
const SALES: DemoSale[] = [
  { sponsor: 'AMD', event: 'xen-summit-north-america', tier: 'Gold', method: 'card' },
  { sponsor: 'Citrix', event: 'xen-summit-north-america', tier: 'Silver', method: 'bank_transfer' },
  { sponsor: 'Oracle', event: 'xen-summit-north-america', tier: 'Silver', method: 'card' },
  { sponsor: 'Samsung', event: 'scale', tier: 'Booth partner', method: 'card' },
  { sponsor: 'HP Labs', event: 'xen-summit-north-america', tier: 'Silver', method: 'card', refunded: true },
];

const logoSvg = (name: string, colour: string) =>
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">' +
  `<rect width="240" height="80" rx="8" fill="${colour}"/>` +
  '<text x="120" y="52" font-family="sans-serif" font-size="32" font-weight="bold" fill="#ffffff" text-anchor="middle">' +
  `${name}</text></svg>`;

// Rows are written directly (with audit rows and ledger entries keyed by the same dedupe keys the
// API uses), keyed by natural keys, so re-running adds nothing.
export async function seedSponsorships(dataSource: DataSource, storage?: FileStorage): Promise<void> {
  const year = comingYear();
  storage ??= createFileStorage(process.env, loadConfig().DATA_DIR);
  const scratch = await mkdtemp(join(tmpdir(), 'summitdesk-seed-'));
  try {
    await dataSource.transaction(async (manager) => {
      const sponsors = new Map<string, number>();
      for (const sponsor of SPONSORS) sponsors.set(sponsor.name, await upsertSponsor(manager, storage, scratch, sponsor));
      const [summit] = await manager.query(`SELECT id, start_date FROM event WHERE slug = $1`, [`xen-summit-north-america-${year}`]);
      const [scale] = await manager.query(`SELECT id, start_date FROM event WHERE slug = $1`, [`scale-${year}`]);
      const [booth] = scale
        ? await manager.query(`SELECT id, budget_id FROM booth_proposal WHERE event_id = $1 ORDER BY id LIMIT 1`, [scale.id])
        : [];
      const [budget] = await manager.query(`SELECT id FROM budget WHERE year = $1 AND currency = 'USD'`, [year]);
      if (!summit || !budget) return;
      const opens = new Date(Date.now() - 60 * 86_400_000);
      const packages = new Map<string, number>();
      packages.set(
        `xen-summit-north-america Gold`,
        await upsertPackage(manager, summit.id, 'Gold', 1_000_000, 1, opens, onDate(year, '04-14'), null, [
          'Host credit on the event page and agenda',
          'Logo on the stage backdrop',
          'A keynote slot',
        ]),
      );
      packages.set(
        `xen-summit-north-america Silver`,
        await upsertPackage(manager, summit.id, 'Silver', 500_000, 4, opens, onDate(year, '04-14'), null, [
          'Logo on the event page and agenda',
          'A table in the hallway',
        ]),
      );
      if (scale && booth) {
        packages.set(
          `scale Booth partner`,
          await upsertPackage(manager, scale.id, 'Booth partner', 25_000, 1, opens, onDate(year, '02-12'), booth.id, [
            'Your logo on the booth banner',
            'A demo slot at the booth',
          ]),
        );
      }
      for (const sale of SALES) {
        const packageId = packages.get(`${sale.event} ${sale.tier}`);
        if (!packageId) continue;
        const boothProposalId = sale.event === 'scale' ? booth.id : null;
        await sell(manager, {
          packageId,
          eventId: sale.event === 'scale' ? scale.id : summit.id,
          sponsorId: sponsors.get(sale.sponsor)!,
          sale,
          budgetId: boothProposalId ? (booth.budget_id ?? budget.id) : budget.id,
          boothProposalId,
        });
      }
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function upsertSponsor(manager: EntityManager, storage: FileStorage, scratch: string, sponsor: DemoSponsor): Promise<number> {
  const [existing] = await manager.query(`SELECT id FROM sponsor WHERE name = $1`, [sponsor.name]);
  if (existing) return existing.id;
  const file = join(scratch, `${sponsor.name.replace(/\W/g, '')}.svg`);
  await writeFile(file, logoSvg(sponsor.name, sponsor.colour));
  const logo = await processLogo(file);
  const [created] = await manager.query(
    `INSERT INTO sponsor (name, website, verified_at, verified_by, created_by)
     SELECT $1, $2, now(), o.id, c.id FROM app_user o, app_user c
     WHERE o.email = 'organizer@summitdesk.test' AND c.email = $3 RETURNING id`,
    [sponsor.name, sponsor.website, sponsor.contact],
  );
  const logoKey = `sponsors/${created.id}/demo${randomUUID().slice(0, 8)}.${logo.extension}`;
  await storage.put(logoKey, logo.logo, logo.type);
  await manager.query(`UPDATE sponsor SET logo_key = $2, logo_type = $3 WHERE id = $1`, [created.id, logoKey, logo.type]);
  await manager.query(`INSERT INTO sponsor_contact (sponsor_id, user_id) SELECT $1, id FROM app_user WHERE email = $2`, [
    created.id,
    sponsor.contact,
  ]);
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, to_state)
     SELECT id, name, 'sponsor', $2, 'create', 'unverified' FROM app_user WHERE email = $1`,
    [sponsor.contact, String(created.id)],
  );
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state)
     SELECT id, name, 'sponsor', $1, 'verify', 'unverified', 'verified' FROM app_user WHERE email = 'organizer@summitdesk.test'`,
    [String(created.id)],
  );
  return created.id;
}

async function upsertPackage(
  manager: EntityManager,
  eventId: number,
  name: string,
  price: number,
  quantity: number,
  opens: Date,
  closes: string,
  boothProposalId: number | null,
  benefits: string[],
): Promise<number> {
  await manager.query(
    `INSERT INTO sponsorship_package (event_id, name, price, currency, benefits, quantity, sales_open_at, sales_close_at, booth_proposal_id)
     VALUES ($1, $2, $3, 'USD', $4, $5, $6, $7::date, $8) ON CONFLICT ON CONSTRAINT uq_sponsorship_package_event_name DO NOTHING`,
    [eventId, name, price, JSON.stringify(benefits), quantity, opens, closes, boothProposalId],
  );
  const [row] = await manager.query(`SELECT id FROM sponsorship_package WHERE event_id = $1 AND name = $2`, [eventId, name]);
  return row.id;
}

type Sale = { packageId: number; eventId: number; sponsorId: number; sale: DemoSale; budgetId: number; boothProposalId: number | null };

async function sell(manager: EntityManager, { packageId, eventId, sponsorId, sale, budgetId, boothProposalId }: Sale) {
  if ((await manager.query(`SELECT 1 FROM sponsorship WHERE package_id = $1 AND sponsor_id = $2`, [packageId, sponsorId])).length > 0)
    return;
  const [offer] = await manager.query(`SELECT name, price FROM sponsorship_package WHERE id = $1`, [packageId]);
  const amount = Number(offer.price);
  const card = sale.method === 'card';
  const stripeId = randomUUID().replace(/-/g, '').slice(0, 24);
  const [row] = await manager.query(
    `INSERT INTO sponsorship (package_id, event_id, sponsor_id, status, payment_method, amount, currency, amount_refunded, checkout_key,
       stripe_checkout_session_id, stripe_payment_intent_id, payment_reference, paid_at, created_by)
     SELECT $1, $2, $3, $4, $5, $6, 'USD', $7, $8, $9, $10, $11, now() - interval '20 days', id
     FROM app_user WHERE email = 'organizer@summitdesk.test'
     RETURNING id`,
    [
      packageId,
      eventId,
      sponsorId,
      sale.refunded ? 'refunded' : 'paid',
      sale.method,
      amount,
      sale.refunded ? amount : 0,
      randomUUID(),
      card ? `cs_demo_${stripeId}` : null,
      card ? `pi_demo_${stripeId}` : null,
      card ? null : 'Wire transfer CTX-2207',
    ],
  );
  const memo = `${sale.sponsor}: ${offer.name} sponsorship${boothProposalId ? ` (booth #${boothProposalId})` : ''}`;
  const ledger = (kind: string, key: string, note: string) =>
    manager.query(
      `INSERT INTO ledger_entry (budget_id, kind, amount, currency, booth_proposal_id, sponsorship_id, dedupe_key, memo, actor_id)
       VALUES ($1, $2, $3, 'USD', $4, $5, $6, $7, NULL) ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
      [budgetId, kind, amount, boothProposalId, row.id, key, note],
    );
  await ledger('sponsorship', `sponsorship:${row.id}:income`, memo);
  const audit = (actor: string | null, action: string, from: string | null, to: string, note: string | null) =>
    manager.query(
      `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state, note)
       VALUES ($1, $2, 'sponsorship', $3, $4, $5, $6, $7)`,
      [null, actor, String(row.id), action, from, to, note],
    );
  await audit(null, 'create', null, 'pending', `${sale.sponsor}: ${offer.name}`);
  await audit(
    card ? 'Stripe' : 'Stephen Spector',
    card ? 'complete' : 'record_payment',
    'pending',
    'paid',
    card ? 'Card payment received' : 'Bank transfer recorded (reference Wire transfer CTX-2207)',
  );
  if (sale.refunded) {
    await ledger('refund', `sponsorship:${row.id}:refunded-to:${amount}`, `${memo}: refunded`);
    await audit('Stripe', 'refund_fully', 'paid', 'refunded', 'Refunded: the summit moved past their budget year');
  }
}
