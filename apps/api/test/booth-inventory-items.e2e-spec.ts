import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent, propose } from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('inventory items (the booth materials catalogue)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
  });
  afterAll(() => t.close());

  const create = (user: TestUser, body: Record<string, unknown>) => t.http().post('/api/inventory-items').set(bearer(user)).send(body);

  it('lets organizers keep the catalogue and every member read it', async () => {
    const created = await create(organizer, { sku: 'STK-XEN', name: 'Xen stickers', unit: 'sheet' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sku: 'STK-XEN', version: 1 });
    expect((await create(member, { sku: 'CD-LIVE', name: 'Live CDs', unit: 'disc' })).status).toBe(403);
    const search = await t
      .http()
      .get('/api/inventory-items')
      .query({ filter: JSON.stringify({ q: 'stick' }) })
      .set(bearer(member));
    expect(search.body.map((item: { sku: string }) => item.sku)).toEqual(['STK-XEN']);
    expect(search.headers['content-range']).toBe('inventory-items 0-0/1');
    const renamed = await t
      .http()
      .put(`/api/inventory-items/${created.body.id}`)
      .set(bearer(organizer))
      .send({ ...created.body, name: 'Xen stickers (die-cut)' });
    expect(renamed.body).toMatchObject({ name: 'Xen stickers (die-cut)', version: 2 });
  });

  it('refuses a malformed or duplicate SKU', async () => {
    const lower = await create(organizer, { sku: 'fly xen', name: 'Flyers', unit: 'piece' });
    expect(lower.status).toBe(400);
    expect(lower.body.errors).toHaveProperty('sku');
    expect((await create(organizer, { sku: 'FLY-XEN', name: 'Flyers', unit: 'piece' })).status).toBe(201);
    const again = await create(organizer, { sku: 'FLY-XEN', name: 'More flyers', unit: 'piece' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ sku: 'is taken' });
  });

  it('keeps an item that a booth proposal asked for', async () => {
    const item = (await create(organizer, { sku: 'CD-LIVE', name: 'Live CDs', unit: 'disc' })).body;
    const event = await createEvent(t, organizer);
    await propose(t, member, event.id, { materials: [{ itemId: item.id, quantity: 50 }] });
    expect((await t.http().delete(`/api/inventory-items/${item.id}`).set(bearer(organizer))).status).toBe(409);
    const unused = (await create(organizer, { sku: 'PEN-XEN', name: 'Pens', unit: 'piece' })).body;
    expect((await t.http().delete(`/api/inventory-items/${unused.id}`).set(bearer(organizer))).status).toBe(200);
  });
});
