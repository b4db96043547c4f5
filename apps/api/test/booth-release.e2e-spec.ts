import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createBudget, createEvent, inReview } from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('releasing a booth allocation', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  let budgetId: number;
  let eventId: number;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
    budgetId = (await createBudget(t, organizer, 1_000_000)).id;
    eventId = (await createEvent(t, organizer)).id;
  });
  afterAll(() => t.close());

  const summary = async () => (await t.http().get(`/api/budgets/${budgetId}/summary`).set(bearer(organizer))).body;

  it('gives an approved, unpaid booth its allocation back when the proposer withdraws', async () => {
    const proposal = await inReview(t, member, organizer, eventId);
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 40_000 });
    expect(await summary()).toMatchObject({ allocated: 40_000, remaining: 960_000 });
    await act(t, member, proposal.id, 'withdraw');
    expect(await summary()).toMatchObject({ allocated: 0, paid: 0, income: 0, remaining: 1_000_000 });
    const entries = await t
      .http()
      .get('/api/ledger-entries')
      .query({ filter: JSON.stringify({ boothProposalId: proposal.id }), sort: '["id","ASC"]' })
      .set(bearer(organizer));
    expect(entries.body.map((entry: { kind: string; amount: number }) => [entry.kind, entry.amount])).toEqual([
      ['allocation', 40_000],
      ['refund', 40_000],
    ]);
  });

  it('keeps a paid fee spent when the organizer cancels a funded booth', async () => {
    const before = await summary();
    const proposal = await inReview(t, member, organizer, eventId);
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 30_000 });
    await act(t, organizer, proposal.id, 'mark-paid');
    await act(t, organizer, proposal.id, 'cancel', { reason: 'The conference moved online' });
    expect(await summary()).toMatchObject({
      allocated: before.allocated + 30_000,
      paid: before.paid + 30_000,
      remaining: before.remaining - 30_000,
    });
  });
});
