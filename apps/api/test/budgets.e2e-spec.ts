import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('budgets and ledger', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  let budgetId: number;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
    const created = await t.http().post('/api/budgets').set(bearer(organizer)).send({ year: 2027, currency: 'USD', amount: 1_000_000 });
    expect(created.status).toBe(201);
    budgetId = created.body.id;
  });
  afterAll(() => t.close());

  const entry = (fields: Record<string, unknown>) =>
    t
      .http()
      .post('/api/ledger-entries')
      .set(bearer(organizer))
      .send({ budgetId, currency: 'USD', ...fields });

  it('keeps one budget per year and currency', async () => {
    const again = await t.http().post('/api/budgets').set(bearer(organizer)).send({ year: 2027, currency: 'USD', amount: 5 });
    expect(again.status).toBe(409);
    expect((await t.http().post('/api/budgets').set(bearer(organizer)).send({ year: 2027, currency: 'EUR', amount: 5 })).status).toBe(201);
  });

  it('refuses budgets and ledger routes to members', async () => {
    expect((await t.http().get('/api/budgets').set(bearer(member))).status).toBe(403);
    expect((await t.http().get('/api/ledger-entries').set(bearer(member))).status).toBe(403);
    expect((await t.http().get(`/api/budgets/${budgetId}/summary`).set(bearer(member))).status).toBe(403);
  });

  it('refuses negative, fractional and unknown-currency amounts', async () => {
    expect((await entry({ kind: 'sponsorship', amount: -5, memo: 'x' })).body.errors).toHaveProperty('amount');
    expect((await entry({ kind: 'sponsorship', amount: 10.5, memo: 'x' })).body.errors.amount).toMatch(/fraction/);
    expect((await entry({ kind: 'sponsorship', amount: 100, currency: 'XYZ', memo: 'x' })).body.errors).toHaveProperty('currency');
    const mismatch = await entry({ kind: 'sponsorship', amount: 100, currency: 'EUR', memo: 'x' });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors.currency).toBe('must be USD');
    expect((await entry({ kind: 'allocation', amount: 100, memo: 'by hand' })).status).toBe(400);
  });

  it('derives the summary from the ledger', async () => {
    const fresh = (await t.http().post('/api/budgets').set(bearer(organizer)).send({ year: 2030, currency: 'USD', amount: 500_000 })).body
      .id;
    const add = (fields: Record<string, unknown>) =>
      t
        .http()
        .post('/api/ledger-entries')
        .set(bearer(organizer))
        .send({ budgetId: fresh, currency: 'USD', ...fields });
    expect((await add({ kind: 'sponsorship', amount: 200_000, memo: 'AMD sponsors the summit' })).status).toBe(201);
    expect((await add({ kind: 'expense', amount: 15_000, memo: 'UPS to SCALE' })).status).toBe(201);
    const summary = await t.http().get(`/api/budgets/${fresh}/summary`).set(bearer(organizer));
    expect(summary.body).toMatchObject({ amount: 500_000, allocated: 0, paid: 0, income: 200_000, spent: 15_000, remaining: 685_000 });
    const burnDown = await t.http().get(`/api/budgets/${fresh}/burn-down`).set(bearer(organizer));
    expect(burnDown.body.at(-1)).toMatchObject({ remaining: 685_000 });
    const entries = await t
      .http()
      .get('/api/ledger-entries')
      .query({ filter: JSON.stringify({ budgetId: fresh, q: 'ups' }) })
      .set(bearer(organizer));
    expect(entries.body.map((row: { memo: string }) => row.memo)).toEqual(['UPS to SCALE']);
  });

  it('never lets a ledger entry be changed or deleted', async () => {
    const created = (await entry({ kind: 'sponsorship', amount: 100, memo: 'small gift' })).body;
    expect(
      (
        await t
          .http()
          .put(`/api/ledger-entries/${created.id}`)
          .set(bearer(organizer))
          .send({ ...created, amount: 1 })
      ).status,
    ).toBe(404);
    expect((await t.http().delete(`/api/ledger-entries/${created.id}`).set(bearer(organizer))).status).toBe(404);
    await expect(t.dataSource.query('UPDATE ledger_entry SET amount = 1 WHERE id = $1', [created.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM ledger_entry WHERE id = $1', [created.id])).rejects.toThrow(/append-only/);
  });

  it('changes the budget amount with a version check and audits it', async () => {
    const budget = (await t.http().get(`/api/budgets/${budgetId}`).set(bearer(organizer))).body;
    const updated = await t
      .http()
      .put(`/api/budgets/${budgetId}`)
      .set(bearer(organizer))
      .send({ ...budget, amount: 1_200_000 });
    expect(updated.body).toMatchObject({ amount: 1_200_000, version: budget.version + 1 });
    expect(
      (
        await t
          .http()
          .put(`/api/budgets/${budgetId}`)
          .set(bearer(organizer))
          .send({ ...budget, amount: 1 })
      ).status,
    ).toBe(409);
    const history = await t
      .http()
      .get('/api/audit-log')
      .query({ filter: JSON.stringify({ entity: 'budget', entityId: String(budgetId) }), sort: '["at","ASC"]' })
      .set(bearer(organizer));
    expect(history.body.at(-1).changes).toEqual({ amount: { from: 1_000_000, to: 1_200_000 } });
  });

  it('keeps a sponsorship goal that the summary reports beside sponsorship income, and refuses a bad one', async () => {
    const created = await t
      .http()
      .post('/api/budgets')
      .set(bearer(organizer))
      .send({ year: 2028, currency: 'USD', amount: 500_000, sponsorshipGoal: 3_000_000 });
    expect(created.status).toBe(201);
    expect(created.body.sponsorshipGoal).toBe(3_000_000);
    await t
      .http()
      .post('/api/ledger-entries')
      .set(bearer(organizer))
      .send({ budgetId: created.body.id, currency: 'USD', kind: 'sponsorship', amount: 750_000, memo: 'Citrix, by bank transfer' });
    const summary = (await t.http().get(`/api/budgets/${created.body.id}/summary`).set(bearer(organizer))).body;
    expect(summary).toMatchObject({ sponsorshipGoal: 3_000_000, sponsorshipIncome: 750_000 });

    const bad = await t
      .http()
      .put(`/api/budgets/${created.body.id}`)
      .set(bearer(organizer))
      .send({ ...created.body, sponsorshipGoal: 12.5 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toHaveProperty('sponsorshipGoal');
    const cleared = await t
      .http()
      .put(`/api/budgets/${created.body.id}`)
      .set(bearer(organizer))
      .send({ ...created.body, sponsorshipGoal: null });
    expect(cleared.body.sponsorshipGoal).toBeNull();
  });
});
