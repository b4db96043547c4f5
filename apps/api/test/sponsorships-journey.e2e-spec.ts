import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SponsorshipReconciliationService } from '../src/sponsorships/sponsorship-reconciliation.service.js';
import { act, createBudget, createEvent, inReview, year } from './booth-fixtures.js';
import {
  buy,
  createPackage,
  deliver,
  ledgerRows,
  sponsorshipWorld,
  storedEvents,
  verifiedSponsor,
  type SponsorshipWorld,
} from './sponsorship-fixtures.js';
import { startSmtp, until } from './smtp.js';
import { bearer } from './test-app.js';

describe('sponsorship journey: a company sponsors the SCALE booth through Stripe', () => {
  let world: SponsorshipWorld;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    world = await sponsorshipWorld({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
  });

  it('is paid once, counted once, refunded once, and a dropped webhook is repaired once', async () => {
    const { t, stripe, organizer } = world;
    const pasi = await t.user('member', { name: 'Pasi Proposer' });
    const buyer = await t.user('member', { name: 'Vera Vates', affiliation: 'Vates' });

    // The SCALE booth, approved with a $400.00 fee from this year's budget.
    const scale = await createEvent(t, organizer, {
      name: `SCALE ${year}`,
      kind: 'conference',
      startDate: `${year}-03-05`,
      endDate: `${year}-03-08`,
      timeZone: 'America/Los_Angeles',
      city: 'Pasadena',
      country: 'US',
    });
    const budget = await createBudget(t, organizer);
    const booth = await inReview(t, pasi, organizer, scale.id);
    await act(t, organizer, booth.id, 'approve', { feeApproved: 40_000 });

    // A member creates their company's profile; an organizer verifies it; the organizer offers the booth.
    const vates = await verifiedSponsor(t, buyer, organizer, 'Vates');
    const partner = await createPackage(t, organizer, scale.id, {
      name: 'Booth partner',
      price: 25_000,
      quantity: 1,
      boothProposalId: booth.id,
      benefits: ['Your logo on the booth', 'A demo slot at the booth'],
    });
    expect(partner).toMatchObject({ sold: 0, available: 1, onSale: true });

    // While Stripe opens the checkout, the buyer pays and Stripe's webhook overtakes the API:
    // the sponsorship is not recorded yet, so the delivery is refused and nothing is stored.
    let early: { status: number; body: { code?: string } } | undefined;
    let completed: object | undefined;
    stripe.beforeSessionCreated = async (session) => {
      completed = stripe.event('checkout.session.completed', stripe.pay(session.id));
      early = await deliver(t, completed);
    };
    const bought = await buy(t, buyer, partner.id, vates.id, { amount: 1, currency: 'EUR' });
    stripe.beforeSessionCreated = null;
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    expect(early?.status).toBe(409);
    expect(early?.body.code).toBe('STRIPE.UNKNOWN_SPONSORSHIP');
    expect(await storedEvents(t)).toEqual([]);
    const sponsorship = bought.body;
    // The price came from the package, not from the client's amount.
    expect(sponsorship).toMatchObject({
      status: 'pending',
      amount: 25_000,
      currency: 'USD',
      paymentMethod: 'card',
      boothProposalId: booth.id,
    });
    expect(sponsorship.stripeCheckoutSessionId).toMatch(/^cs_test_/);
    const created = stripe.requests.find((request) => request.path === '/v1/checkout/sessions' && request.method === 'POST')!;
    expect(created.params).toMatchObject({
      client_reference_id: String(sponsorship.id),
      'metadata[sponsorshipId]': String(sponsorship.id),
      'line_items[0][price_data][unit_amount]': '25000',
      'line_items[0][price_data][currency]': 'usd',
      success_url: `https://summit.example.org/sponsorships/${sponsorship.id}/show?checkout=success`,
    });
    expect(created.idempotencyKey).toMatch(/^sponsorship-checkout-/);

    // Stripe delivers again: applied once; a third delivery changes nothing.
    const second = await deliver(t, completed!);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ received: true, outcome: 'applied' });
    const third = await deliver(t, completed!);
    expect(third.body).toEqual({ received: true, outcome: 'duplicate' });

    const paid = await t.http().get(`/api/sponsorships/${sponsorship.id}`).set(bearer(buyer));
    expect(paid.body).toMatchObject({ status: 'paid', checkoutUrl: null, amountRefunded: 0 });
    expect(paid.body.stripePaymentIntentId).toMatch(/^pi_test_/);
    expect(await ledgerRows(t, sponsorship.id)).toEqual([{ kind: 'sponsorship', amount: '25000', booth_proposal_id: booth.id }]);

    // The budget shows the income once, and the booth costs the program $150.00 instead of $400.00.
    const summary = await t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(organizer));
    expect(summary.body).toMatchObject({ income: 25_000, allocated: 40_000 });
    // The burn-down draws the same income, once.
    const burnDown = await t.http().get(`/api/budgets/${budget.id}/burn-down`).set(bearer(organizer));
    expect(burnDown.body.at(-1)).toMatchObject({ income: 25_000 });
    expect(summary.body.sponsoredBooths).toEqual([
      { boothProposalId: booth.id, approved: 40_000, sponsored: 25_000, costToProgram: 15_000 },
    ]);
    const boothSponsors = await t.http().get(`/api/booth-proposals/${booth.id}/sponsors`).set(bearer(pasi));
    expect(boothSponsors.body).toMatchObject({
      sponsors: [{ id: vates.id, name: 'Vates', website: 'https://www.vates.com' }],
      approved: 40_000,
      sponsored: 25_000,
      costToProgram: 15_000,
    });
    const publicPage = await t.http().get(`/api/public/events/${(scale as { slug?: string }).slug ?? ''}/sponsors`);
    expect(publicPage.status).toBe(200);
    expect(publicPage.body.booths).toEqual([{ boothProposalId: booth.id, sponsors: [expect.objectContaining({ name: 'Vates' })] }]);
    expect((await t.http().get(`/api/sponsorship-packages/${partner.id}`).set(bearer(buyer))).body).toMatchObject({
      sold: 1,
      available: 0,
      onSale: false,
    });

    // An organizer refunds it: Stripe is asked (with an idempotency key); the webhook settles it.
    const refund = await t
      .http()
      .post(`/api/sponsorships/${sponsorship.id}/refund`)
      .set(bearer(organizer))
      .send({ reason: 'The booth was cancelled by the venue' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(200);
    expect(refund.body).toMatchObject({ status: 'paid', refundPending: 25_000 });
    expect(stripe.requests.find((request) => request.path === '/v1/refunds' && request.method === 'POST')?.idempotencyKey).toMatch(
      /^sponsorship-\d+-refund-/,
    );
    const refunded = stripe.event('charge.refunded', stripe.charge(paid.body.stripePaymentIntentId));
    expect((await deliver(t, refunded)).body).toEqual({ received: true, outcome: 'applied' });
    expect((await deliver(t, refunded)).body).toEqual({ received: true, outcome: 'duplicate' });
    expect((await t.http().get(`/api/sponsorships/${sponsorship.id}`).set(bearer(buyer))).body).toMatchObject({
      status: 'refunded',
      amountRefunded: 25_000,
      refundPending: 0,
    });
    expect((await ledgerRows(t, sponsorship.id)).map((row) => `${row.kind} ${row.amount}`)).toEqual(['sponsorship 25000', 'refund 25000']);
    const afterRefund = await t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(organizer));
    expect(afterRefund.body).toMatchObject({ income: 0, allocated: 40_000 });
    expect((await t.http().get(`/api/budgets/${budget.id}/burn-down`).set(bearer(organizer))).body.at(-1)).toMatchObject({ income: 0 });
    expect(afterRefund.body.sponsoredBooths).toEqual([
      { boothProposalId: booth.id, approved: 40_000, sponsored: 0, costToProgram: 40_000 },
    ]);

    // The History tab shows each step, in order, by whom.
    const history = await t
      .http()
      .get('/api/audit-log')
      .query({ filter: JSON.stringify({ entity: 'sponsorship', entityId: String(sponsorship.id) }), sort: '["at","ASC"]', range: '[0,50]' })
      .set(bearer(organizer));
    expect(
      history.body.map(
        (entry: { action: string; actorName: string | null; toState: string | null }) =>
          `${entry.actorName}: ${entry.action} → ${entry.toState}`,
      ),
    ).toEqual([
      'Vera Vates: create → pending',
      'Stripe: complete → paid',
      'Olivia Organizer: request_refund → null',
      'Stripe: refund_fully → refunded',
    ]);

    // The place is back on sale. The next buyer pays, but Stripe's webhook never arrives.
    const again = await buy(t, buyer, partner.id, vates.id);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    const dropped = stripe.event('checkout.session.completed', stripe.pay(again.body.stripeCheckoutSessionId));
    const reconciliation = t.app.get(SponsorshipReconciliationService);
    const since = new Date(Date.now() - 86_400_000);
    const report = await reconciliation.reconcile({ since, fix: false });
    expect(report).toEqual([
      {
        sponsorshipId: again.body.id,
        stripeObject: again.body.stripeCheckoutSessionId,
        problem: 'paid in Stripe, pending here',
        fixed: false,
      },
    ]);
    expect((await t.http().get(`/api/sponsorships/${again.body.id}`).set(bearer(buyer))).body.status).toBe('pending');
    const fixed = await reconciliation.reconcile({ since, fix: true });
    expect(fixed).toEqual([expect.objectContaining({ sponsorshipId: again.body.id, fixed: true })]);
    expect(await reconciliation.reconcile({ since, fix: true })).toEqual([]);
    // The webhook turns up after all: it changes nothing, the income stays counted once.
    expect((await deliver(t, dropped)).body).toEqual({ received: true, outcome: 'ignored' });
    expect((await t.http().get(`/api/sponsorships/${again.body.id}`).set(bearer(buyer))).body.status).toBe('paid');
    expect(await ledgerRows(t, again.body.id)).toEqual([{ kind: 'sponsorship', amount: '25000', booth_proposal_id: booth.id }]);
    expect((await t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(organizer))).body.income).toBe(25_000);

    // The buyer was told by mail: paid, refunded, paid again.
    await until(() => smtp.received.filter((mail) => mail.to === buyer.email).length >= 3);
    const subjects = smtp.received.filter((mail) => mail.to === buyer.email).map((mail) => /Subject: (.*)/.exec(mail.raw)?.[1] ?? '');
    expect(subjects.filter((subject) => subject.startsWith('Thank you'))).toHaveLength(2);
    expect(subjects.filter((subject) => subject.startsWith('Refund of $250.00'))).toHaveLength(1);
  });
});
