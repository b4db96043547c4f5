import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget, createEvent, propose } from './booth-fixtures.js';
import { assign, call, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { approvedBooth, banner, shipment, step, stockedItem, upsNumber } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

type Group = { type: string; hits: Array<{ type: string; id: number; title: string; subtitle: string | null }> };

// Issue 12 item 6: the app bar's search finds what each feature's own list would show the viewer, and
// nothing more — no one else's drafts, no conflicted talk, no talk found by an anonymous speaker's name.
describe('global search', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  let other: TestUser;

  const search = async (user: TestUser, q: string) => {
    const response = await t
      .http()
      .get(`/api/search?q=${encodeURIComponent(q)}`)
      .set(bearer(user));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Group[];
  };
  const found = (groups: Group[], type: string) => groups.find((group) => group.type === type)?.hits.map((hit) => hit.id) ?? [];

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Lars Kurth' });
    member = await t.user('member', { name: 'George Dunlap' });
    other = await t.user('member', { name: 'Ian Jackson' });
  });
  afterAll(() => t.close());

  it('answers 400 for a query shorter than 2 or longer than 100 characters, and 401 signed out', async () => {
    for (const q of ['', 'x', ' y ', 'z'.repeat(101)]) {
      const response = await t
        .http()
        .get(`/api/search?q=${encodeURIComponent(q)}`)
        .set(bearer(member));
      expect(response.status, q).toBe(400);
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect((await t.http().get('/api/search').set(bearer(member))).status).toBe(400);
    expect((await t.http().get('/api/search?q=xen')).status).toBe(401);
  });

  it('finds events by name and members for organizers only', async () => {
    const event = await createEvent(t, organizer, { name: 'Xen Summit Quasar', slug: 'xen-summit-quasar' });
    expect(found(await search(member, 'quasar'), 'events')).toEqual([event.id]);
    expect(found(await search(organizer, 'Dunlap'), 'users')).toEqual([member.id]);
    expect(found(await search(member, 'Dunlap'), 'users')).toEqual([]);
  });

  it('does not let a member find another member’s draft booth proposal', async () => {
    const event = await createEvent(t, organizer, { name: 'Embedded Zephyr Days', slug: 'embedded-zephyr-days' });
    const draft = await propose(t, other, event.id, { pitch: 'A zephyrine booth pitch' });
    expect(found(await search(other, 'zephyr'), 'booth-proposals')).toEqual([draft.id]);
    expect(found(await search(member, 'zephyr'), 'booth-proposals')).toEqual([]);
    expect(found(await search(organizer, 'zephyr'), 'booth-proposals')).toEqual([draft.id]);
  });

  it('finds a parcel by its tracking number for an organizer and its proposer, never for another member', async () => {
    await createBudget(t, organizer);
    const booth = await approvedBooth(t, organizer, member);
    const item = await stockedItem(t, organizer, 'XEN-SEARCH-1', 'Search stickers', 10);
    const parcel = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: item.id, quantity: 2 }] });
    await step(t, organizer, parcel.id, 'pack');
    await step(t, organizer, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: upsNumber });
    const groups = await search(organizer, upsNumber);
    expect(groups.find((group) => group.type === 'shipments')?.hits).toEqual([
      { type: 'shipments', id: parcel.id, title: upsNumber, subtitle: expect.stringContaining('shipped') },
    ]);
    expect(found(await search(member, upsNumber.slice(-8)), 'shipments')).toEqual([parcel.id]);
    expect(found(await search(other, upsNumber), 'shipments')).toEqual([]);
  });

  it('finds a banner by its tag', async () => {
    const made = await banner(t, organizer, 'XEN-BNR-77');
    expect(found(await search(organizer, 'bnr-77'), 'banners')).toEqual([made.id]);
  });

  describe('submissions', () => {
    let s: Summit;
    let reviewer: TestUser;
    let conflicted: TestUser;
    let speaker: TestUser;
    let talk: Record<string, any>;

    beforeAll(async () => {
      // Anonymous review (the fixture's default): reviewers never see who speaks.
      s = await setUpSummit(t);
      reviewer = await t.user('member', { name: 'Julien Grall' });
      conflicted = await t.user('member', { name: 'Stefano Stabellini' });
      speaker = await t.user('member', { name: 'Wei Liu', affiliation: 'Citrix' });
      await seat(t, s, reviewer);
      await seat(t, s, conflicted);
      talk = await submitTalk(t, s, speaker, { title: 'Grant tables demystified' });
      await assign(t, s, talk.id, reviewer);
      await assign(t, s, talk.id, conflicted);
      await call(t.http().post('/api/conflicts').set(bearer(conflicted)).send({ userId: speaker.id, note: 'same team' }), 201);
    });

    it('lets an assigned reviewer find a talk by its title, but not by the anonymous speaker’s name', async () => {
      expect(found(await search(reviewer, 'grant tables'), 'submissions')).toEqual([talk.id]);
      expect(found(await search(reviewer, 'Wei Liu'), 'submissions')).toEqual([]);
      // The chair sees who speaks, and finds the talk by the name.
      expect(found(await search(s.chair, 'Wei Liu'), 'submissions')).toEqual([talk.id]);
      // No speaker's name in what a reviewer is shown.
      expect(JSON.stringify(await search(reviewer, 'grant tables'))).not.toMatch(/Wei Liu|Citrix/);
    });

    it('never shows a conflicted reviewer the talk', async () => {
      expect(found(await search(conflicted, 'grant tables'), 'submissions')).toEqual([]);
    });

    it('does not let a member find someone else’s draft talk', async () => {
      const draft = await call(
        t
          .http()
          .post('/api/submissions')
          .set(bearer(speaker))
          .send({ cfpId: s.cfpId, title: 'Unikraft draft ideas', abstract: 'Draft.', format: 'talk', track: 'Core', level: 'beginner' }),
        201,
      );
      expect(found(await search(speaker, 'unikraft'), 'submissions')).toEqual([draft.id]);
      expect(found(await search(other, 'unikraft'), 'submissions')).toEqual([]);
      expect(found(await search(reviewer, 'unikraft'), 'submissions')).toEqual([]);
    });
  });
});
