import sharp from 'sharp';
import { expect } from 'vitest';
import { bearer, type TestApp, type TestUser } from './test-app.js';

const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

export const mascotContest = {
  title: 'Community mascot',
  rules: 'Win **$100** by submitting the best idea for a community mascot.\n\n<script>alert(1)</script>',
  prize: 10_000,
  currency: 'USD',
  license: 'CC BY 4.0',
  timeZone: 'America/Los_Angeles',
};

// Windows as they stand in each phase, relative to now; an organizer moves a contest between
// phases by editing its dates, as one would to extend or shorten a window.
export const windows = {
  entriesOpen: () => ({
    entriesOpenAt: iso(-DAY),
    entriesCloseAt: iso(7 * DAY),
    votingOpensAt: iso(7 * DAY),
    votingClosesAt: iso(14 * DAY),
  }),
  voting: () => ({ entriesOpenAt: iso(-14 * DAY), entriesCloseAt: iso(-DAY), votingOpensAt: iso(-DAY), votingClosesAt: iso(7 * DAY) }),
  upcoming: () => ({ entriesOpenAt: iso(DAY), entriesCloseAt: iso(7 * DAY), votingOpensAt: iso(7 * DAY), votingClosesAt: iso(14 * DAY) }),
};

export async function publishedContest(t: TestApp, organizer: TestUser, fields: Record<string, unknown> = {}) {
  const created = await t
    .http()
    .post('/api/contests')
    .set(bearer(organizer))
    .send({ ...mascotContest, ...windows.entriesOpen(), ...fields });
  expect(created.status).toBe(201);
  const published = await t.http().post(`/api/contests/${created.body.id}/publish`).set(bearer(organizer)).send({});
  expect(published.status).toBe(200);
  return published.body as { id: number; version: number; status: string } & Record<string, unknown>;
}

export async function moveWindows(t: TestApp, organizer: TestUser, contestId: number, phase: Record<string, string>) {
  const current = (await t.http().get(`/api/contests/${contestId}`).set(bearer(organizer))).body;
  const moved = await t
    .http()
    .put(`/api/contests/${contestId}`)
    .set(bearer(organizer))
    .send({ ...current, ...phase });
  expect(moved.status).toBe(200);
  return moved.body;
}

export const png = (colour = '#2266aa', size = 64) =>
  sharp({ create: { width: size, height: size, channels: 3, background: colour } })
    .png()
    .toBuffer();

export async function enter(t: TestApp, author: TestUser, contestId: number, title: string, artwork?: Buffer) {
  const created = await t
    .http()
    .post('/api/contest-entries')
    .set(bearer(author))
    .send({ contestId, title, description: `${title}: a friendly mascot`, licenseAccepted: true });
  expect(created.status).toBe(201);
  if (!artwork) return created.body;
  const uploaded = await t
    .http()
    .post(`/api/contest-entries/${created.body.id}/artwork`)
    .set(bearer(author))
    .attach('file', artwork, 'mascot.png');
  expect(uploaded.status).toBe(200);
  return uploaded.body;
}

export async function approve(t: TestApp, organizer: TestUser, entryId: number) {
  const approved = await t.http().post(`/api/contest-entries/${entryId}/approve`).set(bearer(organizer)).send({});
  expect(approved.status).toBe(200);
  return approved.body;
}

export { startSmtp, until } from './smtp.js';
