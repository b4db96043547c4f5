import { expect } from 'vitest';
import { FakeStripe, signed } from './support/fake-stripe.js';
import { createBudget, createEvent, year } from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

export const WEBHOOK_SECRET = 'whsec_test_summitdesk_sponsorships';

export type SponsorshipWorld = {
  t: TestApp;
  stripe: FakeStripe;
  organizer: TestUser;
  member: TestUser;
  close: () => Promise<void>;
};

// The app with card payments on, its Stripe SDK pointed at a fake Stripe on a local port.
export async function sponsorshipWorld(env: Record<string, string> = {}): Promise<SponsorshipWorld> {
  const stripe = new FakeStripe();
  const base = await stripe.start();
  const t = await createTestApp({
    STRIPE_SECRET_KEY: 'sk_test_summitdesk',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: base,
    PUBLIC_URL: 'https://summit.example.org/',
    ...env,
  });
  const organizer = await t.user('organizer', { name: 'Olivia Organizer' });
  const member = await t.user('member', { name: 'Mia Member', affiliation: 'AMD' });
  return {
    t,
    stripe,
    organizer,
    member,
    close: async () => {
      await t.close();
      await stripe.stop();
    },
  };
}

const summit = {
  name: `Xen Summit ${year}`,
  kind: 'summit',
  startDate: `${year}-09-14`,
  endDate: `${year}-09-16`,
  timeZone: 'America/Los_Angeles',
  city: 'Santa Clara',
  country: 'US',
  hostOrganization: 'AMD',
};

export async function summitWithBudget(t: TestApp, organizer: TestUser, fields: Record<string, unknown> = {}) {
  const event = await createEvent(t, organizer, { ...summit, ...fields });
  const budget = await createBudget(t, organizer);
  return { event: event as { id: number; name: string; slug: string }, budget };
}

export async function verifiedSponsor(t: TestApp, contact: TestUser, organizer: TestUser, name = 'AMD', verify = true) {
  const created = await t
    .http()
    .post('/api/sponsors')
    .set(bearer(contact))
    .send({ name, website: `https://www.${name.toLowerCase().replace(/\W/g, '')}.com` });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (!verify) return created.body as { id: number; version: number };
  const verified = await t.http().post(`/api/sponsors/${created.body.id}/verify`).set(bearer(organizer)).send({});
  expect(verified.status, JSON.stringify(verified.body)).toBe(200);
  return verified.body as { id: number; version: number };
}

export const openWindow = () => ({
  salesOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
  salesCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
});

export async function createPackage(t: TestApp, organizer: TestUser, eventId: number, fields: Record<string, unknown> = {}) {
  const response = await t
    .http()
    .post('/api/sponsorship-packages')
    .set(bearer(organizer))
    .send({
      eventId,
      name: 'Gold',
      price: 1_000_000,
      currency: 'USD',
      benefits: ['Logo on the event page', 'A keynote slot'],
      quantity: 2,
      ...openWindow(),
      ...fields,
    });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: number; price: number; sold: number; available: number };
}

export async function buy(t: TestApp, buyer: TestUser, packageId: number, sponsorId: number, extra: Record<string, unknown> = {}) {
  return t
    .http()
    .post('/api/sponsorships')
    .set(bearer(buyer))
    .send({ packageId, sponsorId, ...extra });
}

// A signed delivery of a Stripe event, as Stripe would POST it.
export function deliver(t: TestApp, event: object, options: { secret?: string; timestamp?: number; raw?: string } = {}) {
  const payload = options.raw ?? JSON.stringify(event);
  return t
    .http()
    .post('/api/stripe/webhook')
    .set('Content-Type', 'application/json')
    .set('Stripe-Signature', signed(payload, options.secret ?? WEBHOOK_SECRET, options.timestamp))
    .send(payload);
}

export const ledgerRows = (
  t: TestApp,
  sponsorshipId: number,
): Promise<Array<{ kind: string; amount: string; booth_proposal_id: number | null }>> =>
  t.dataSource.query(`SELECT kind, amount, booth_proposal_id FROM ledger_entry WHERE sponsorship_id = $1 ORDER BY id`, [sponsorshipId]);

export const storedEvents = (t: TestApp): Promise<Array<{ id: string; type: string; outcome: string }>> =>
  t.dataSource.query(`SELECT id, type, outcome FROM stripe_event ORDER BY received_at, id`);
