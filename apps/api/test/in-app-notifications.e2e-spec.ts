import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { act, createBudget, createEvent, inReview } from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

type Row = { id: number; title: string; link: { resource: string; id: number } | null; readAt: string | null };

// Issue 12 item 7: the bell shows what happened to my things, fed by the same events as the mails.
describe('in-app notifications', () => {
  let t: TestApp;
  let notifications: NotificationsService;
  let organizer: TestUser;
  let member: TestUser;
  let other: TestUser;

  const mine = async (user: TestUser, query = '') => {
    const response = await t.http().get(`/api/notifications${query}`).set(bearer(user));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Row[];
  };
  const queue = (toUserId: number, subject: string, link?: { resource: string; id: number }) =>
    t.dataSource.transaction((manager) =>
      notifications.queue(manager, { toUserId, kind: 'announcement', params: { title: subject, text: subject }, link }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    notifications = t.app.get(NotificationsService);
    organizer = await t.user('organizer', { name: 'Lars Kurth' });
    member = await t.user('member', { name: 'Pasi Koivu' });
    other = await t.user('member', { name: 'Ian Jackson' });
  });
  afterAll(() => t.close());

  it('tells the proposer their booth was approved, linked to the proposal, and nobody else', async () => {
    await createBudget(t, organizer);
    const event = await createEvent(t, organizer, { slug: 'bell-fest', name: 'Bell Fest' });
    const proposal = await inReview(t, member, organizer, event.id);
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 40_000 });
    const rows = await mine(member);
    expect(rows.find((row) => row.link?.resource === 'booth-proposals' && row.link.id === proposal.id)).toMatchObject({
      title: expect.stringContaining('Bell Fest'),
      readAt: null,
    });
    expect((await mine(other)).some((row) => row.link?.id === proposal.id && row.link?.resource === 'booth-proposals')).toBe(false);
  });

  it('shows each member only their own notifications, and someone else’s is not found', async () => {
    await queue(other.id, 'Only for Ian');
    const ians = await mine(other);
    const ian = ians.find((row) => row.title === 'Only for Ian')!;
    expect(ian).toBeDefined();
    expect((await mine(member)).some((row) => row.title === 'Only for Ian')).toBe(false);
    expect((await mine(organizer)).some((row) => row.title === 'Only for Ian')).toBe(false);
    const refused = await t.http().post(`/api/notifications/${ian.id}/read`).set(bearer(member));
    expect(refused.status).toBe(404);
    expect((await mine(other)).find((row) => row.id === ian.id)!.readAt).toBeNull();
  });

  it('leaves no notification when the change that queued it rolls back', async () => {
    await t.dataSource
      .transaction(async (manager) => {
        await notifications.queue(manager, {
          toUserId: member.id,
          kind: 'announcement',
          params: { title: 'Rolled back bell', text: 'never' },
        });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    expect((await mine(member)).some((row) => row.title === 'Rolled back bell')).toBe(false);
  });

  it('marks one read, then all, and counts the unread through the list', async () => {
    await queue(member.id, 'First news', { resource: 'shipments', id: 7 });
    await queue(member.id, 'Second news');
    const unread = await t
      .http()
      .get(`/api/notifications?filter=${encodeURIComponent('{"unread":true}')}`)
      .set(bearer(member));
    const before = Number(/\/(\d+)$/.exec(unread.headers['content-range'])![1]);
    expect(before).toBeGreaterThanOrEqual(2);
    const first = (await mine(member)).find((row) => row.title === 'First news')!;
    expect(first.link).toEqual({ resource: 'shipments', id: 7 });
    const read = await t.http().post(`/api/notifications/${first.id}/read`).set(bearer(member));
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const after = await mine(member, `?filter=${encodeURIComponent('{"unread":true}')}`);
    expect(after.some((row) => row.id === first.id)).toBe(false);
    const all = await t.http().post('/api/notifications/read-all').set(bearer(member));
    expect(all.status).toBe(200);
    expect(await mine(member, `?filter=${encodeURIComponent('{"unread":true}')}`)).toEqual([]);
    // Ian's stay unread.
    expect((await mine(other, `?filter=${encodeURIComponent('{"unread":true}')}`)).length).toBeGreaterThan(0);
  });
});
