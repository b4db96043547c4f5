import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createBudget, createEvent, inReview, shippingAddress } from './booth-fixtures.js';
import { daysFromToday, shipment, step, stockedItem, upsNumber } from './shipment-fixtures.js';
import { createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('a booth whose parcels left before its fee was paid', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
    await createBudget(t, organizer, 1_000_000);
  });
  afterAll(() => t.close());

  it('moves on to shipped when the fee is paid', async () => {
    const flyers = await stockedItem(t, organizer, 'FLY-XEN', 'Xen flyers', 500);
    const event = await createEvent(t, organizer);
    const proposal = await inReview(t, member, organizer, event.id, {
      feeRequested: 50_000,
      materials: [{ itemId: flyers.id, quantity: 200 }],
      shippingAddress,
      neededBy: daysFromToday(30),
    });
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 40_000 });

    const parcel = await shipment(t, organizer, { boothProposalId: proposal.id, lines: [{ itemId: flyers.id, quantity: 200 }] });
    await step(t, organizer, parcel.id, 'pack');
    await step(t, organizer, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: upsNumber });
    const waitingForFee = await t
      .http()
      .get(`/api/booth-proposals/${proposal.id}`)
      .set({ Authorization: `Bearer ${organizer.token}` });
    expect(waitingForFee.body.status).toBe('approved');

    const paid = await act(t, organizer, proposal.id, 'mark-paid');
    expect(paid.status).toBe('shipped');
    const history = await t
      .http()
      .get('/api/audit-log')
      .query({ filter: JSON.stringify({ entity: 'booth_proposal', entityId: String(proposal.id) }), sort: '["id","ASC"]' })
      .set({ Authorization: `Bearer ${organizer.token}` });
    expect(history.body.map((entry: { action: string }) => entry.action).slice(-2)).toEqual(['mark_paid', 'mark_shipped']);
  });
});
