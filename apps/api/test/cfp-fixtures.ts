import { expect } from 'vitest';
import { bearer, type TestApp, type TestUser } from './test-app.js';

const year = new Date().getUTCFullYear() + 1;
const day = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

export const summit = {
  name: `Xen Summit North America ${year}`,
  kind: 'summit',
  startDate: `${year}-04-21`,
  endDate: `${year}-04-22`,
  timeZone: 'America/Los_Angeles',
  venue: 'AMD Sunnyvale campus',
  city: 'Sunnyvale',
  country: 'US',
  hostOrganization: 'AMD',
};
export const summitDay = (time: string) => new Date(`${year}-04-21T${time}:00-07:00`).toISOString();

// A CfP open now, with its review window open too.
export const cfpBody = (eventId: number, fields: Record<string, unknown> = {}) => ({
  eventId,
  title: 'Call for presentations',
  opensAt: inDays(-5),
  closesAt: inDays(10),
  timeZone: 'America/Los_Angeles',
  reviewOpensAt: inDays(-5),
  reviewClosesAt: inDays(30),
  anonymousReview: true,
  reviewsPerSubmission: 2,
  formats: [
    { name: 'talk', minutes: 30 },
    { name: 'lightning', minutes: 5 },
  ],
  tracks: ['Core', 'Security'],
  ...fields,
});

export type Summit = { eventId: number; slug: string; committeeId: number; cfpId: number; chair: TestUser; organizer: TestUser };

export async function call(response: Promise<{ status: number; body: unknown }> | { status: number; body: unknown }, status: number) {
  const result = await response;
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  return result.body as Record<string, any>;
}

// A summit with a committee chaired by `chair`, and an open anonymous CfP.
export async function setUpSummit(t: TestApp, cfpFields: Record<string, unknown> = {}): Promise<Summit> {
  const organizer = await t.user('organizer', { name: 'Stephen Spector', affiliation: 'Citrix' });
  const chair = await t.user('member', { name: 'Anil Madhavapeddy', affiliation: 'University of Cambridge' });
  const event = await call(
    t
      .http()
      .post('/api/events')
      .set(bearer(organizer))
      .send({ ...summit, slug: `xen-summit-${Math.random().toString(36).slice(2, 8)}` }),
    201,
  );
  const committee = await call(
    t.http().post('/api/committees').set(bearer(organizer)).send({ eventId: event.id, name: 'Program committee' }),
    201,
  );
  await call(
    t.http().post('/api/committee-seats').set(bearer(organizer)).send({ committeeId: committee.id, userId: chair.id, role: 'chair' }),
    201,
  );
  const cfp = await call(t.http().post('/api/cfps').set(bearer(chair)).send(cfpBody(event.id, cfpFields)), 201);
  return { eventId: event.id, slug: event.slug, committeeId: committee.id, cfpId: cfp.id, chair, organizer };
}

export async function seat(
  t: TestApp,
  s: Summit,
  member: TestUser,
  role: 'chair' | 'reviewer' = 'reviewer',
  fields: Record<string, unknown> = {},
) {
  return call(
    t
      .http()
      .post('/api/committee-seats')
      .set(bearer(s.chair))
      .send({ committeeId: s.committeeId, userId: member.id, role, ...fields }),
    201,
  );
}

export async function submitTalk(t: TestApp, s: Summit, speaker: TestUser, fields: Record<string, unknown> = {}) {
  const draft = await call(
    t
      .http()
      .post('/api/submissions')
      .set(bearer(speaker))
      .send({
        cfpId: s.cfpId,
        title: 'Xen on ARM servers',
        abstract: 'How **Xen** boots on ARM.',
        format: 'talk',
        track: 'Core',
        level: 'intermediate',
        ...fields,
      }),
    201,
  );
  return call(t.http().post(`/api/submissions/${draft.id}/submit`).set(bearer(speaker)).send({ version: draft.version }), 200);
}

export async function assign(t: TestApp, s: Summit, submissionId: number, reviewer: TestUser) {
  return call(t.http().post('/api/review-assignments').set(bearer(s.chair)).send({ submissionId, reviewerId: reviewer.id }), 201);
}

export async function review(t: TestApp, reviewer: TestUser, submissionId: number, score = 1, fields: Record<string, unknown> = {}) {
  return call(
    t
      .http()
      .post('/api/reviews')
      .set(bearer(reviewer))
      .send({ submissionId, score, confidence: 2, commentToSpeakers: 'Clear and useful.', commentToCommittee: 'Solid.', ...fields }),
    201,
  );
}

export const outbox = async (t: TestApp, email: string) =>
  (await t.dataSource.query(`SELECT subject, body, status FROM outbox_message WHERE lower(to_email) = lower($1) ORDER BY id`, [
    email,
  ])) as Array<{ subject: string; body: string; status: string }>;

// The secret of the newest link of this kind mailed to the address, as its reader would follow it.
export async function mailedToken(t: TestApp, email: string, path: '/invitations/accept' | '/verify-email'): Promise<string> {
  const mails = await outbox(t, email);
  const links = mails.flatMap((mail) =>
    [...mail.body.matchAll(/(https?:\/\/[^\s]+)[?#]token=([A-Za-z0-9_-]+)/g)]
      .filter((match) => match[1].endsWith(path))
      .map((match) => match[2]),
  );
  if (!links.length) throw new Error(`no ${path} link mailed to ${email}`);
  return links[links.length - 1];
}

// The readable text of a received mail: quoted-printable body and encoded-word subject decoded.
export function mailText(raw: string): string {
  const bytes = (encoded: string) =>
    Buffer.from(encoded.replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`).replace(/%(?![0-9A-F]{2})/g, '%25'), 'latin1');
  const decodeQ = (encoded: string) => decodeURIComponent(bytes(encoded).toString('latin1'));
  return raw
    .replace(/\?=\r\n =\?UTF-8\?Q\?/g, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/g, (_, word: string) => decodeQ(word.replace(/_/g, ' ')))
    .replace(/=\r\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (run) => decodeQ(run));
}

export async function until<T>(find: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export { startSmtp } from './smtp.js';
