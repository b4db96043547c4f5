import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPackage,
  buy,
  deliver,
  ledgerRows,
  sponsorshipWorld,
  storedEvents,
  summitWithBudget,
  verifiedSponsor,
  WEBHOOK_SECRET,
  type SponsorshipWorld,
} from './sponsorship-fixtures.js';
import { signed } from './support/fake-stripe.js';
import { bearer } from './test-app.js';

describe('Stripe webhooks', () => {
  let world: SponsorshipWorld;
  let eventId: number;
  let sponsorId: number;
  beforeAll(async () => {
    world = await sponsorshipWorld();
    ({
      event: { id: eventId },
    } = await summitWithBudget(world.t, world.organizer));
    ({ id: sponsorId } = await verifiedSponsor(world.t, world.member, world.organizer, 'AMD'));
  });
  afterAll(() => world?.close());

  const counts = async () => {
    const [row] = await world.t.dataSource.query(
      `SELECT (SELECT count(*) FROM stripe_event)::int AS events, (SELECT count(*) FROM ledger_entry)::int AS ledger,
              (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM outbox_message)::int AS mail`,
    );
    return row as { events: number; ledger: number; audit: number; mail: number };
  };

  async function paidCheckout(quantity = 5) {
    const offer = await createPackage(world.t, world.organizer, eventId, {
      name: `Gold ${Math.random().toString(36).slice(2, 7)}`,
      quantity,
    });
    const bought = await buy(world.t, world.member, offer.id, sponsorId);
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    const session = world.stripe.pay(bought.body.stripeCheckoutSessionId);
    return { sponsorship: bought.body as { id: number; amount: number }, session };
  }

  // A purchase that "has not committed yet": its row (and history) is taken out; the returned function
  // puts the row back as it was, as the purchase's commit would.
  async function withdrawPurchase(id: number) {
    const { t } = world;
    const [row] = await t.dataSource.query(`SELECT * FROM sponsorship WHERE id = $1`, [id]);
    await t.dataSource.query(`DELETE FROM audit_log WHERE entity = 'sponsorship' AND entity_id = $1`, [String(id)]);
    await t.dataSource.query(`DELETE FROM sponsorship WHERE id = $1`, [id]);
    return () =>
      t.dataSource.query(
        `INSERT INTO sponsorship (id, package_id, event_id, sponsor_id, status, payment_method, amount, currency, checkout_key,
           checkout_url, stripe_checkout_session_id, hold_expires_at, created_by)
         VALUES ($1, $2, $3, $4, 'pending', 'card', $5, $6, $7, $8, $9, $10, $11)`,
        [
          row.id,
          row.package_id,
          row.event_id,
          row.sponsor_id,
          row.amount,
          row.currency,
          row.checkout_key,
          row.checkout_url,
          row.stripe_checkout_session_id,
          row.hold_expires_at,
          row.created_by,
        ],
      );
  }

  it('refuses unsigned, wrongly signed, stale, non-JSON and oversized deliveries with 400 and writes nothing', async () => {
    const { t, stripe } = world;
    const { session } = await paidCheckout();
    const event = stripe.event('checkout.session.completed', session);
    const payload = JSON.stringify(event);
    const before = await counts();
    const unsigned = await t.http().post('/api/stripe/webhook').set('Content-Type', 'application/json').send(payload);
    expect([unsigned.status, unsigned.body.code]).toEqual([400, 'STRIPE.BAD_SIGNATURE']);
    const otherSecret = await deliver(t, event, { secret: 'whsec_someone_else' });
    expect([otherSecret.status, otherSecret.body.code]).toEqual([400, 'STRIPE.BAD_SIGNATURE']);
    const stale = await deliver(t, event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect([stale.status, stale.body.code]).toEqual([400, 'STRIPE.BAD_SIGNATURE']);
    expect(stale.body.message).toMatch(/tolerance/i);
    const tampered = await t
      .http()
      .post('/api/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signed(payload, WEBHOOK_SECRET))
      .send(payload.replace('"paid"', '"unpaid"'));
    expect(tampered.status).toBe(400);
    const notJson = await deliver(t, {}, { raw: 'this is not { json' });
    expect([notJson.status, notJson.body.code]).toEqual([400, 'STRIPE.BAD_EVENT']);
    const notAnEvent = await deliver(t, {}, { raw: JSON.stringify({ hello: 'world' }) });
    expect([notAnEvent.status, notAnEvent.body.code]).toEqual([400, 'STRIPE.BAD_EVENT']);
    const huge = await deliver(t, {}, { raw: JSON.stringify({ ...event, padding: 'x'.repeat(300 * 1024) }) });
    expect([huge.status, huge.body.code]).toEqual([400, 'STRIPE.EVENT_TOO_LARGE']);
    const textPlain = await t
      .http()
      .post('/api/stripe/webhook')
      .set('Content-Type', 'text/plain')
      .set('Stripe-Signature', signed('nope', WEBHOOK_SECRET))
      .send('nope');
    expect(textPlain.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('answers 200 to event types it does not handle, and stores nothing', async () => {
    const before = await counts();
    const response = await deliver(world.t, world.stripe.event('customer.created', { id: 'cus_1', object: 'customer' }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: 'ignored' });
    expect(await counts()).toEqual(before);
  });

  it('applies the same event delivered 20 times at once exactly once, whatever order its siblings come in', async () => {
    const { t, stripe } = world;
    const { sponsorship, session } = await paidCheckout();
    const completed = stripe.event('checkout.session.completed', session);
    stripe.refundInDashboard(session.payment_intent!, 400_000);
    const partial = stripe.event('charge.refunded', stripe.charge(session.payment_intent!));
    // The refund overtakes the completion: it finds the checkout behind the payment and completes it first.
    const deliveries = [
      ...Array.from({ length: 20 }, () => deliver(t, partial)),
      ...Array.from({ length: 20 }, () => deliver(t, completed)),
    ];
    const answers = await Promise.all(deliveries.reverse());
    expect(answers.every((answer) => answer.status === 200 || answer.status === 409)).toBe(true);
    // Whatever was refused is delivered again by Stripe, later.
    for (const event of [partial, completed]) expect((await deliver(t, event)).status).toBe(200);
    expect((await ledgerRows(t, sponsorship.id)).map((row) => `${row.kind} ${row.amount}`)).toEqual([
      'sponsorship 1000000',
      'refund 400000',
    ]);
    expect((await t.http().get(`/api/sponsorships/${sponsorship.id}`).set(bearer(world.member))).body).toMatchObject({
      status: 'partially_refunded',
      amountRefunded: 400_000,
      refundPending: 0,
    });
    const stored = (await storedEvents(t)).filter((event) => event.id === partial.id || event.id === completed.id);
    expect(stored).toHaveLength(2);
  });

  it('applies many payments delivered at once, each once, and one it must refuse takes none of the others with it', async () => {
    const { t, stripe } = world;
    const checkouts = [];
    for (let i = 0; i < 6; i++) checkouts.push(await paidCheckout());
    const events = checkouts.map(({ session }) => stripe.event('checkout.session.completed', session));
    // The last one's purchase "has not committed yet".
    const missing = checkouts[5]!.sponsorship.id;
    const restore = await withdrawPurchase(missing);
    const mailsBefore = (await counts()).mail;
    // Each event three times, all at once: they arrive while others are being applied and are applied together.
    const answers = await Promise.all(
      [0, 1, 2].flatMap(() => events.map((event) => deliver(t, event).then((answer) => ({ event, answer })))),
    );
    for (const [index, event] of events.entries()) {
      const mine = answers.filter((delivery) => delivery.event === event).map(({ answer }) => answer);
      if (index === 5) {
        expect(mine.map((answer) => [answer.status, answer.body.code])).toEqual(Array(3).fill([409, 'STRIPE.UNKNOWN_SPONSORSHIP']));
      } else {
        expect(mine.map((answer) => answer.status)).toEqual([200, 200, 200]);
        expect(mine.map((answer) => answer.body.outcome).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
      }
    }
    for (const { sponsorship } of checkouts.slice(0, 5)) {
      expect((await ledgerRows(t, sponsorship.id)).map((row) => `${row.kind} ${row.amount}`)).toEqual(['sponsorship 1000000']);
      const shown = (await t.http().get(`/api/sponsorships/${sponsorship.id}`).set(bearer(world.member))).body;
      expect(shown).toMatchObject({ status: 'paid' });
      const history = await t.dataSource.query(
        `SELECT action, from_state, to_state FROM audit_log WHERE entity = 'sponsorship' AND entity_id = $1 AND action = 'complete'`,
        [String(sponsorship.id)],
      );
      expect(history).toEqual([{ action: 'complete', from_state: 'pending', to_state: 'paid' }]);
    }
    const booked = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'ledger_entry' AND entity_id IN
         (SELECT id::text FROM ledger_entry WHERE sponsorship_id = ANY($1::int[]))`,
      [checkouts.map(({ sponsorship }) => sponsorship.id)],
    );
    expect(booked).toEqual([{ n: 5 }]);
    // The sponsor's contact is told of each payment once.
    expect((await counts()).mail - mailsBefore).toBe(5);
    const stored = new Map((await storedEvents(t)).map((event) => [event.id, event.outcome]));
    expect(events.map((event) => stored.get(event.id))).toEqual([...Array(5).fill('applied'), undefined]);
    // Stripe delivers the refused one again once the purchase is there: applied once.
    await restore();
    expect((await deliver(t, events[5]!)).body).toEqual({ received: true, outcome: 'applied' });
    expect(await ledgerRows(t, missing)).toHaveLength(1);
  });

  it('ends in the right state when the refund arrives before the completion', async () => {
    const { t, stripe } = world;
    const { sponsorship, session } = await paidCheckout();
    const completed = stripe.event('checkout.session.completed', session);
    stripe.refundInDashboard(session.payment_intent!, sponsorship.amount);
    const refunded = stripe.event('charge.refunded', stripe.charge(session.payment_intent!));
    expect((await deliver(t, refunded)).body).toEqual({ received: true, outcome: 'applied' });
    expect((await deliver(t, completed)).body).toEqual({ received: true, outcome: 'ignored' });
    expect((await t.http().get(`/api/sponsorships/${sponsorship.id}`).set(bearer(world.member))).body.status).toBe('refunded');
    expect((await ledgerRows(t, sponsorship.id)).map((row) => `${row.kind} ${row.amount}`)).toEqual([
      'sponsorship 1000000',
      'refund 1000000',
    ]);
  });

  it('asks Stripe about a refund that overtook its payment once, not again when the refund is redelivered', async () => {
    const { t, stripe } = world;
    const { sponsorship, session } = await paidCheckout();
    stripe.refundInDashboard(session.payment_intent!, 250_000);
    const refunded = stripe.event('charge.refunded', stripe.charge(session.payment_intent!));
    const before = stripe.requests.length;
    expect((await deliver(t, refunded)).body).toEqual({ received: true, outcome: 'applied' });
    // The payment was not known yet: the checkout behind it was looked up at Stripe, and completed first.
    expect(stripe.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v1/checkout/sessions']);
    expect((await deliver(t, refunded)).body).toEqual({ received: true, outcome: 'duplicate' });
    expect(stripe.requests.length).toBe(before + 1);
    expect((await ledgerRows(t, sponsorship.id)).map((row) => `${row.kind} ${row.amount}`)).toEqual([
      'sponsorship 1000000',
      'refund 250000',
    ]);
  });

  it('refuses a webhook for a sponsorship the database never recorded, and applies it once when it can', async () => {
    const { t, stripe } = world;
    const { sponsorship, session } = await paidCheckout();
    // The purchase "has not committed yet": the row is not there for the moment.
    const restore = await withdrawPurchase(sponsorship.id);
    const event = stripe.event('checkout.session.completed', session);
    const before = await counts();
    const refused = await deliver(t, event);
    expect([refused.status, refused.body.code]).toEqual([409, 'STRIPE.UNKNOWN_SPONSORSHIP']);
    expect(await counts()).toEqual(before);
    await restore();
    // Stripe's retry: applied once; later retries are duplicates.
    expect((await deliver(t, event)).body).toEqual({ received: true, outcome: 'applied' });
    expect((await deliver(t, event)).body).toEqual({ received: true, outcome: 'duplicate' });
    expect(await ledgerRows(t, sponsorship.id)).toHaveLength(1);
  });

  it('marks an expired checkout expired and frees its place; a dispute marks a paid one disputed', async () => {
    const { t, stripe } = world;
    const offer = await createPackage(t, world.organizer, eventId, { name: 'Single seat', quantity: 1 });
    const first = await buy(t, world.member, offer.id, sponsorId);
    expect((await buy(t, world.member, offer.id, sponsorId)).body.code).toBe('SPONSORSHIP.SOLD_OUT');
    const expired = stripe.event('checkout.session.expired', stripe.expire(first.body.stripeCheckoutSessionId));
    expect((await deliver(t, expired)).body.outcome).toBe('applied');
    expect((await t.http().get(`/api/sponsorships/${first.body.id}`).set(bearer(world.member))).body).toMatchObject({
      status: 'expired',
      checkoutUrl: null,
    });
    const second = await buy(t, world.member, offer.id, sponsorId);
    expect(second.status).toBe(201);
    const session = stripe.pay(second.body.stripeCheckoutSessionId);
    await deliver(t, stripe.event('checkout.session.completed', session));
    const dispute = stripe.event('charge.dispute.created', {
      id: 'dp_1',
      object: 'dispute',
      payment_intent: session.payment_intent,
      reason: 'fraudulent',
      amount: 1_000_000,
    });
    expect((await deliver(t, dispute)).body.outcome).toBe('applied');
    expect((await t.http().get(`/api/sponsorships/${second.body.id}`).set(bearer(world.member))).body.status).toBe('disputed');
  });
});
