import { expect } from 'vitest';
import { act, createEvent, inReview, shippingAddress, year } from './booth-fixtures.js';
import { bearer, type TestApp, type TestUser } from './test-app.js';

export { year };
export const upsNumber = '1Z999AA10123456784';
// A day counted from today, as YYYY-MM-DD: receiving windows open now so that deliveries in tests are on time.
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const warehouse = {
  name: 'Xen community warehouse',
  line1: '2455 Augustine Dr',
  city: 'Santa Clara',
  region: 'CA',
  postalCode: '95054',
  country: 'US',
};

// An approved booth with no fee, so that it goes straight from approved to shipped.
export async function approvedBooth(
  t: TestApp,
  organizer: TestUser,
  member: TestUser,
  fields: Record<string, unknown> = {},
  eventFields: Record<string, unknown> = {},
) {
  const event = await createEvent(t, organizer, eventFields);
  const proposal = await inReview(t, member, organizer, event.id, {
    feeRequested: 0,
    shippingAddress,
    neededBy: daysFromToday(30),
    receivingWindow: { from: daysFromToday(-1), to: daysFromToday(30) },
    ...fields,
  });
  const approved = await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
  expect(approved.status).toBe('approved');
  return { ...approved, event } as { id: number; status: string; event: { id: number; name: string } };
}

export async function stockedItem(t: TestApp, organizer: TestUser, sku: string, name: string, quantity: number, reorderLevel = 0) {
  const created = await t.http().post('/api/inventory-items').set(bearer(organizer)).send({ sku, name, unit: 'piece', reorderLevel });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (quantity > 0) {
    const restocked = await t
      .http()
      .post(`/api/inventory-items/${created.body.id}/restock`)
      .set(bearer(organizer))
      .send({ quantity, note: 'Delivered by the printer' });
    expect(restocked.status, JSON.stringify(restocked.body)).toBe(200);
  }
  return created.body as { id: number; sku: string };
}

export async function banner(t: TestApp, organizer: TestUser, tag: string, description = 'Xen Project pull-up banner, 2 m') {
  const response = await t.http().post('/api/banners').set(bearer(organizer)).send({ tag, description, condition: 'good' });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: number; tag: string };
}

export async function shipment(t: TestApp, organizer: TestUser, body: Record<string, unknown>) {
  const response = await t.http().post('/api/shipments').set(bearer(organizer)).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: number; status: string; version: number } & Record<string, unknown>;
}

export async function step(t: TestApp, user: TestUser, id: number, action: string, body: Record<string, unknown> = {}, status = 200) {
  const response = await t.http().post(`/api/shipments/${id}/${action}`).set(bearer(user)).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

export async function get(t: TestApp, user: TestUser, path: string) {
  const response = await t.http().get(path).set(bearer(user));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

// Sends a parcel all the way to the booth.
export async function deliverTo(
  t: TestApp,
  organizer: TestUser,
  boothProposalId: number,
  lines: unknown[],
  extra: Record<string, unknown> = {},
) {
  const parcel = await shipment(t, organizer, { boothProposalId, lines, ...extra });
  await step(t, organizer, parcel.id, 'pack');
  await step(t, organizer, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: upsNumber });
  return step(t, organizer, parcel.id, 'deliver');
}
