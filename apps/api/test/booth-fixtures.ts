import sharp from 'sharp';
import { expect } from 'vitest';
import { bearer, type TestApp, type TestUser } from './test-app.js';

// Next year's SouthEast LinuxFest, so that proposals are for an event to come.
export const year = new Date().getUTCFullYear() + 1;
const southeastLinuxFest = {
  name: `SouthEast LinuxFest ${year}`,
  kind: 'conference',
  startDate: `${year}-06-12`,
  endDate: `${year}-06-13`,
  timeZone: 'America/New_York',
  city: 'Spartanburg',
  country: 'US',
};

export const shippingAddress = {
  name: 'Pasi Kärkkäinen',
  line1: 'Spartanburg Marriott',
  line2: '299 N Church St',
  city: 'Spartanburg',
  region: 'SC',
  postalCode: '29306',
  country: 'US',
};

export async function createEvent(t: TestApp, organizer: TestUser, fields: Record<string, unknown> = {}) {
  const response = await t
    .http()
    .post('/api/events')
    .set(bearer(organizer))
    .send({ ...southeastLinuxFest, ...fields });
  expect(response.status).toBe(201);
  return response.body as { id: number; name: string };
}

export async function createBudget(t: TestApp, organizer: TestUser, amount = 1_000_000, currency = 'USD') {
  const response = await t.http().post('/api/budgets').set(bearer(organizer)).send({ year, currency, amount });
  expect(response.status).toBe(201);
  return response.body as { id: number };
}

export async function createItem(t: TestApp, organizer: TestUser, sku: string, name: string, unit = 'piece') {
  const response = await t.http().post('/api/inventory-items').set(bearer(organizer)).send({ sku, name, unit });
  expect(response.status).toBe(201);
  return response.body as { id: number };
}

export const proposalBody = (eventId: number, fields: Record<string, unknown> = {}) => ({
  eventId,
  pitch: 'SouthEast LinuxFest draws 1,500 people from across the South; our booth would demo Xen on ARM.',
  expectedAttendance: 1500,
  staffingPlan: 'Two volunteers per day, one from the local LUG.',
  feeRequested: 50_000,
  currency: 'USD',
  ...fields,
});

export async function propose(t: TestApp, member: TestUser, eventId: number, fields: Record<string, unknown> = {}) {
  const response = await t.http().post('/api/booth-proposals').set(bearer(member)).send(proposalBody(eventId, fields));
  expect(response.status).toBe(201);
  return response.body as { id: number; version: number; status: string } & Record<string, unknown>;
}

export async function act(t: TestApp, user: TestUser, id: number, action: string, body: Record<string, unknown> = {}, status = 200) {
  const response = await t.http().post(`/api/booth-proposals/${id}/${action}`).set(bearer(user)).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

// A proposal taken through submit and review, ready for the organizer's decision.
export async function inReview(t: TestApp, member: TestUser, organizer: TestUser, eventId: number, fields: Record<string, unknown> = {}) {
  const proposal = await propose(t, member, eventId, fields);
  await act(t, member, proposal.id, 'submit');
  return act(t, organizer, proposal.id, 'start-review');
}

// Moves an event into the past, as the passing of time would.
export async function eventHappened(t: TestApp, eventId: number) {
  await t.dataSource.query(`UPDATE event SET start_date = current_date - 3, end_date = current_date - 2 WHERE id = $1`, [eventId]);
}

export const outbox = (t: TestApp): Promise<Array<{ to_email: string; subject: string; body: string; dedupe_key: string | null }>> =>
  t.dataSource.query(`SELECT to_email, subject, body, dedupe_key FROM outbox_message ORDER BY id`);

export const photo = (colour = '#2266aa') =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
