import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReconcileArgs } from '../src/cli/stripe-reconcile.js';
import { createEvent, year } from './booth-fixtures.js';
import {
  buy,
  createPackage,
  deliver,
  openWindow,
  sponsorshipWorld,
  summitWithBudget,
  verifiedSponsor,
  type SponsorshipWorld,
} from './sponsorship-fixtures.js';
import { bearer, createTestApp, type TestApp } from './test-app.js';

describe('sponsorship rules', () => {
  let world: SponsorshipWorld;
  let eventId: number;
  let eventSlug: string;
  let sponsorId: number;
  beforeAll(async () => {
    world = await sponsorshipWorld();
    const { event } = await summitWithBudget(world.t, world.organizer);
    eventId = event.id;
    eventSlug = event.slug;
    ({ id: sponsorId } = await verifiedSponsor(world.t, world.member, world.organizer, 'AMD'));
  });
  afterAll(() => world?.close());

  it('sells the last place once when two buyers pay at the same second', async () => {
    const { t, organizer } = world;
    const rival = await t.user('member', { name: 'Rita Rival' });
    const rivalSponsor = await verifiedSponsor(t, rival, organizer, 'Oracle');
    const last = await createPackage(t, organizer, eventId, { name: 'Platinum', quantity: 1 });
    const answers = await Promise.all([buy(t, world.member, last.id, sponsorId), buy(t, rival, last.id, rivalSponsor.id)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('SPONSORSHIP.SOLD_OUT');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM sponsorship WHERE package_id = $1`, [last.id]);
    expect(count).toBe(1);
    expect((await t.http().get(`/api/sponsorship-packages/${last.id}`).set(bearer(rival))).body).toMatchObject({
      sold: 0,
      held: 1,
      available: 0,
      onSale: false,
    });
  });

  it('takes the price from the package and ignores amounts the client sends', async () => {
    const offer = await createPackage(world.t, world.organizer, eventId, { name: 'Silver', price: 500_000, quantity: 3 });
    const bought = await buy(world.t, world.member, offer.id, sponsorId, { amount: 1, currency: 'JPY' });
    expect(bought.status).toBe(201);
    expect(bought.body).toMatchObject({ amount: 500_000, currency: 'USD', status: 'pending', paymentMethod: 'card' });
    expect(bought.body.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    expect(bought.body.allowedActions).toEqual(['cancel']);
    const session = world.stripe.sessions.get(bought.body.stripeCheckoutSessionId)!;
    expect([session.amount_total, session.currency]).toEqual([500_000, 'usd']);
  });

  it('names the reason when a purchase is refused', async () => {
    const { t, organizer, member } = world;
    const other = await createEvent(t, organizer, {
      name: `Xen Hackathon ${year}`,
      kind: 'meetup',
      startDate: `${year}-05-02`,
      endDate: `${year}-05-03`,
      timeZone: 'Europe/London',
      city: 'Cambridge',
      country: 'GB',
    });
    const elsewhere = await createPackage(t, organizer, other.id, { name: 'Gold' });
    const wrongEvent = await buy(t, member, elsewhere.id, sponsorId, { eventId });
    expect([wrongEvent.status, wrongEvent.body.code]).toEqual([422, 'SPONSORSHIP.PACKAGE_OF_ANOTHER_EVENT']);

    const unverified = await verifiedSponsor(t, member, organizer, 'Unchecked Corp', false);
    const gold = await createPackage(t, organizer, eventId, { name: 'Gold', quantity: 5 });
    const notVerified = await buy(t, member, gold.id, unverified.id);
    expect([notVerified.status, notVerified.body.code]).toEqual([422, 'SPONSOR.NOT_VERIFIED']);

    const closed = await createPackage(t, organizer, eventId, {
      name: 'Early bird',
      salesOpenAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      salesCloseAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const late = await buy(t, member, closed.id, sponsorId);
    expect([late.status, late.body.code]).toEqual([409, 'SPONSORSHIP.SALES_CLOSED']);
    const future = await createPackage(t, organizer, eventId, {
      name: 'Next year',
      salesOpenAt: new Date(Date.now() + 86_400_000).toISOString(),
      salesCloseAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    });
    expect((await buy(t, member, future.id, sponsorId)).body.code).toBe('SPONSORSHIP.SALES_NOT_OPEN');

    const stranger = await t.user('member');
    const notContact = await buy(t, stranger, gold.id, sponsorId);
    expect([notContact.status, notContact.body.code]).toEqual([403, 'SPONSOR.NOT_A_CONTACT']);
    expect((await buy(t, member, 999_999, sponsorId)).status).toBe(422);
    expect((await buy(t, member, gold.id, 999_999)).status).toBe(404);
  });

  it('refuses bad packages: a price that is not money, a booth that is not approved or elsewhere', async () => {
    const { t, organizer } = world;
    const post = (fields: Record<string, unknown>) =>
      t
        .http()
        .post('/api/sponsorship-packages')
        .set(bearer(organizer))
        .send({ eventId, name: `Bronze ${Math.random()}`, price: 1000, currency: 'USD', quantity: 1, ...openWindow(), ...fields });
    for (const price of [-5, 10.5, 0]) {
      const response = await post({ price });
      expect([response.status, response.body.code]).toEqual([422, 'SPONSORSHIP.BAD_AMOUNT']);
      expect(response.body.errors.price).toBeDefined();
    }
    expect((await post({ currency: 'XYZ' })).status).toBe(400);
    expect((await post({ salesCloseAt: new Date(Date.now() - 2 * 86_400_000).toISOString() })).status).toBe(400);
    expect((await post({ boothProposalId: 999_999 })).body.code).toBe('SPONSORSHIP.REFERENCE_NOT_FOUND');
    expect((await post({ price: 1000, currency: 'EUR' })).body.code).toBe('BUDGET.NOT_FOUND');
    expect((await t.http().post('/api/sponsorship-packages').set(bearer(world.member)).send({})).status).toBe(403);
  });

  it('refunds no more than was paid, and books a bank transfer refund at once', async () => {
    const { t, organizer, member, stripe } = world;
    const offer = await createPackage(t, organizer, eventId, { name: 'Community', price: 100_000, quantity: 5 });
    const bought = await buy(t, member, offer.id, sponsorId);
    expect(
      (await t.http().post(`/api/sponsorships/${bought.body.id}/refund`).set(bearer(organizer)).send({ reason: 'too early' })).body.code,
    ).toBe('SPONSORSHIP.NOT_REFUNDABLE');
    await deliver(t, stripe.event('checkout.session.completed', stripe.pay(bought.body.stripeCheckoutSessionId)));
    const tooMuch = await t
      .http()
      .post(`/api/sponsorships/${bought.body.id}/refund`)
      .set(bearer(organizer))
      .send({ amount: 100_001, reason: 'oops' });
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'SPONSORSHIP.REFUND_TOO_LARGE']);
    const fraction = await t
      .http()
      .post(`/api/sponsorships/${bought.body.id}/refund`)
      .set(bearer(organizer))
      .send({ amount: 10.5, reason: 'oops' });
    expect([fraction.status, fraction.body.code]).toEqual([422, 'SPONSORSHIP.BAD_AMOUNT']);
    expect((await t.http().post(`/api/sponsorships/${bought.body.id}/refund`).set(bearer(member)).send({ reason: 'please' })).status).toBe(
      403,
    );
    const part = await t
      .http()
      .post(`/api/sponsorships/${bought.body.id}/refund`)
      .set(bearer(organizer))
      .send({ amount: 60_000, reason: 'half the benefits' });
    expect(part.body).toMatchObject({ status: 'paid', refundPending: 60_000 });
    // What is pending counts against what is left.
    expect(
      (await t.http().post(`/api/sponsorships/${bought.body.id}/refund`).set(bearer(organizer)).send({ amount: 50_000, reason: 'more' }))
        .body.code,
    ).toBe('SPONSORSHIP.REFUND_TOO_LARGE');

    const transfer = await buy(t, member, offer.id, sponsorId);
    await t
      .http()
      .post(`/api/sponsorships/${transfer.body.id}/cancel`)
      .set(bearer(member))
      .send({ reason: 'We pay by bank transfer instead' })
      .expect(200);
    expect(stripe.sessions.get(transfer.body.stripeCheckoutSessionId)!.status).toBe('expired');
    const byBank = await buy(t, member, offer.id, sponsorId);
    const recorded = await t
      .http()
      .post(`/api/sponsorships/${byBank.body.id}/record-payment`)
      .set(bearer(organizer))
      .send({ reference: 'SEPA 2027-0042' });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body).toMatchObject({ status: 'paid', paymentMethod: 'bank_transfer', paymentReference: 'SEPA 2027-0042' });
    const manual = await t
      .http()
      .post(`/api/sponsorships/${byBank.body.id}/refund`)
      .set(bearer(organizer))
      .send({ amount: 30_000, reason: 'Logo missed the print deadline' });
    expect(manual.body).toMatchObject({ status: 'partially_refunded', amountRefunded: 30_000 });
  });

  it('checks sponsor websites and logos by content, and shows a logo publicly only once verified', async () => {
    const { t, organizer, member } = world;
    const bad = await t.http().post('/api/sponsors').set(bearer(member)).send({ name: 'Evil', website: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.website).toMatch(/http/);
    const sponsor = await verifiedSponsor(t, member, organizer, 'Citrix', false);
    const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#cc0000' } })
      .png()
      .toBuffer();
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#cc0000' } })
      .jpeg()
      .toBuffer();
    const refused = await t
      .http()
      .post(`/api/sponsors/${sponsor.id}/logo`)
      .set(bearer(member))
      .attach('file', jpeg, { filename: 'logo.png', contentType: 'image/png' });
    expect([refused.status, refused.body.code]).toEqual([415, 'SPONSOR.LOGO_UNSUPPORTED']);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script>' +
        '<rect width="10" height="10" onclick="x()"/></svg>',
    );
    const uploaded = await t
      .http()
      .post(`/api/sponsors/${sponsor.id}/logo`)
      .set(bearer(member))
      .attach('file', svg, { filename: 'logo.svg', contentType: 'image/svg+xml' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    // Unverified: the contact gets a signed link; the bare public path is 404.
    expect(uploaded.body.logoUrl).toMatch(/signature=/);
    const bare = uploaded.body.logoUrl.split('&')[0];
    expect((await t.http().get(bare)).status).toBe(404);
    const signedLogo = await t.http().get(uploaded.body.logoUrl);
    expect(signedLogo.status).toBe(200);
    expect(signedLogo.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(signedLogo.headers['x-content-type-options']).toBe('nosniff');
    expect(signedLogo.body.toString()).not.toMatch(/script|onclick/);
    expect(
      (
        await t
          .http()
          .get(`/api/sponsors/${sponsor.id}`)
          .set(bearer(await t.user('member')))
      ).status,
    ).toBe(404);
    await t.http().post(`/api/sponsors/${sponsor.id}/verify`).set(bearer(organizer)).send({}).expect(200);
    expect((await t.http().get(bare)).status).toBe(200);
    // A new logo from a contact needs verifying again.
    const replaced = await t
      .http()
      .post(`/api/sponsors/${sponsor.id}/logo`)
      .set(bearer(member))
      .attach('file', png, { filename: 'logo.png' });
    expect(replaced.body).toMatchObject({ verified: false });
    expect((await t.http().post(`/api/sponsors/${sponsor.id}/verify`).set(bearer(member)).send({})).status).toBe(403);
  });

  it('shows paid sponsors on the public event page by tier, with logos only of verified sponsors', async () => {
    const { t, organizer, member, stripe } = world;
    const offer = await createPackage(t, organizer, eventId, { name: 'Diamond', price: 2_000_000, quantity: 1 });
    const bought = await buy(t, member, offer.id, sponsorId);
    await deliver(t, stripe.event('checkout.session.completed', stripe.pay(bought.body.stripeCheckoutSessionId)));
    const page = await t.http().get(`/api/public/events/${eventSlug}/sponsors`);
    expect(page.status).toBe(200);
    expect(page.body.tiers[0]).toEqual({
      name: 'Diamond',
      price: 2_000_000,
      currency: 'USD',
      sponsors: [{ id: sponsorId, name: 'AMD', website: 'https://www.amd.com', logoUrl: null }],
    });
    expect((await t.http().get('/api/public/events/no-such-event/sponsors')).status).toBe(404);
  });

  it('lists packages, sponsors and sponsorships the react-admin way, each member seeing only their companies', async () => {
    const { t, organizer, member } = world;
    const outsider = await t.user('member', { name: 'Otto Outsider' });
    const packages = await t
      .http()
      .get('/api/sponsorship-packages')
      .query({ filter: JSON.stringify({ eventId }), sort: '["price","DESC"]', range: '[0,4]' })
      .set(bearer(outsider));
    expect(packages.status).toBe(200);
    expect(packages.headers['content-range']).toMatch(/^sponsorship-packages 0-\d+\/\d+$/);
    expect(packages.body[0]).toEqual(expect.objectContaining({ eventId, sold: expect.any(Number), available: expect.any(Number) }));
    const mine = await t
      .http()
      .get('/api/sponsors')
      .query({ filter: JSON.stringify({ contactId: member.id }) })
      .set(bearer(member));
    expect(mine.body.map((sponsor: { id: number }) => sponsor.id)).toContain(sponsorId);
    expect(mine.body.every((sponsor: { contactIds: number[] }) => sponsor.contactIds.includes(member.id))).toBe(true);
    const all = await t.http().get('/api/sponsorships').query({ range: '[0,499]' }).set(bearer(organizer));
    expect(all.status).toBe(200);
    expect(all.headers['content-range']).toMatch(/^sponsorships /);
    const own = await t.http().get('/api/sponsorships').query({ range: '[0,499]' }).set(bearer(member));
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((row: { sponsorId: number }) => row.sponsorId === sponsorId)).toBe(true);
    const none = await t.http().get('/api/sponsorships').set(bearer(outsider));
    expect([none.status, none.body, none.headers['content-range']]).toEqual([200, [], 'sponsorships */0']);
    expect((await t.http().get(`/api/sponsorships/${own.body[0].id}`).set(bearer(outsider))).status).toBe(404);
    const paid = await t
      .http()
      .get('/api/sponsorships')
      .query({ filter: JSON.stringify({ status: 'paid', eventId }) })
      .set(bearer(organizer));
    expect(paid.body.every((row: { status: string }) => row.status === 'paid')).toBe(true);
    expect(
      (
        await t
          .http()
          .get('/api/sponsorships')
          .query({ filter: JSON.stringify({ status: 'gone' }) })
          .set(bearer(organizer))
      ).status,
    ).toBe(400);
  });

  it('reads the reconcile command line', () => {
    expect(parseReconcileArgs(['--since', '2027-01-01', '--fix'])).toEqual({ since: new Date('2027-01-01T00:00:00Z'), fix: true });
    expect(() => parseReconcileArgs(['--since', '2027-02-30'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseReconcileArgs([])).toThrow(/usage/);
  });
});

describe('sponsorships without Stripe keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ STRIPE_SECRET_KEY: '', STRIPE_WEBHOOK_SECRET: '' });
  });
  afterAll(() => t?.close());

  it('runs: card payment is "not configured", bank transfers are recorded by hand', async () => {
    const organizer = await t.user('organizer');
    const member = await t.user('member');
    const { event, budget } = await summitWithBudget(t, organizer);
    const sponsor = await verifiedSponsor(t, member, organizer, 'Citrix');
    const offer = await createPackage(t, organizer, event.id, { name: 'Silver', price: 500_000 });
    const methods = await t.http().get('/api/sponsorships/payment-methods').set(bearer(member));
    expect(methods.body).toMatchObject({ card: false, bankTransfer: true, code: 'SPONSORSHIP.CARD_PAYMENT_NOT_CONFIGURED' });
    const bought = await buy(t, member, offer.id, sponsor.id);
    expect(bought.status).toBe(201);
    expect(bought.body).toMatchObject({
      status: 'pending',
      paymentMethod: 'bank_transfer',
      checkoutUrl: null,
      stripeCheckoutSessionId: null,
    });
    const pay = await t.http().post(`/api/sponsorships/${bought.body.id}/checkout`).set(bearer(member)).send({});
    expect([pay.status, pay.body.code]).toEqual([409, 'SPONSORSHIP.CARD_PAYMENT_NOT_CONFIGURED']);
    const webhook = await t
      .http()
      .post('/api/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', 't=1,v1=00')
      .send('{}');
    expect([webhook.status, webhook.body.code]).toEqual([400, 'STRIPE.WEBHOOK_NOT_CONFIGURED']);
    const recorded = await t
      .http()
      .post(`/api/sponsorships/${bought.body.id}/record-payment`)
      .set(bearer(organizer))
      .send({ reference: 'Wire 7781' });
    expect(recorded.body).toMatchObject({ status: 'paid', paymentReference: 'Wire 7781' });
    expect((await t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(organizer))).body.income).toBe(500_000);
    expect(
      (await t.http().post(`/api/sponsorships/${bought.body.id}/record-payment`).set(bearer(organizer)).send({ reference: 'again' }))
        .status,
    ).toBe(409);
  });
});
