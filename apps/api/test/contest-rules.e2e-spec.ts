import { ContestErrorCodes, voterOrder } from '@summitdesk/contracts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, enter, mascotContest, moveWindows, png, publishedContest, windows } from './contest-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('contests, entries and votes: the rules', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
  });
  afterAll(() => t.close());

  const vote = (user: TestUser, contestId: number, entryId: number) =>
    t.http().post('/api/votes').set(bearer(user)).send({ contestId, entryId });
  const listEntries = (user: TestUser, filter: object, sort = ['createdAt', 'ASC']) =>
    t
      .http()
      .get('/api/contest-entries')
      .query({ filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: '[0,99]' })
      .set(bearer(user));

  // A contest in its voting window with two approved entries by two authors.
  async function votingContest() {
    const contest = await publishedContest(t, organizer);
    const [alice, bob] = [await t.user('member'), await t.user('member')];
    const a = await enter(t, alice, contest.id, 'Penguin', await png());
    const b = await enter(t, bob, contest.id, 'Panda', await png('#993300'));
    await approve(t, organizer, a.id);
    await approve(t, organizer, b.id);
    await moveWindows(t, organizer, contest.id, windows.voting());
    return { contest, alice, bob, a, b };
  }

  describe('contests', () => {
    it('starts as a draft that only organizers see, with rules rendered as safe HTML', async () => {
      const created = await t
        .http()
        .post('/api/contests')
        .set(bearer(organizer))
        .send({ ...mascotContest, ...windows.entriesOpen() });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', prize: 10_000, currency: 'USD', version: 1 });
      expect(created.body.rulesHtml).toContain('<strong>$100</strong>');
      expect(created.body.rulesHtml).not.toContain('<script>');
      expect((await t.http().get(`/api/contests/${created.body.id}`).set(bearer(member))).status).toBe(404);
      expect((await t.http().get(`/api/public/contests/${created.body.id}`)).status).toBe(404);
      const memberList = await t
        .http()
        .get('/api/contests')
        .query({ filter: JSON.stringify({ id: [created.body.id] }) })
        .set(bearer(member));
      expect(memberList.body).toEqual([]);
      expect(
        (
          await t
            .http()
            .post('/api/contests')
            .set(bearer(member))
            .send({ ...mascotContest, ...windows.entriesOpen() })
        ).status,
      ).toBe(403);
    });

    it('names every window that is out of order and writes nothing', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM contest`))[0].n;
      const response = await t
        .http()
        .post('/api/contests')
        .set(bearer(organizer))
        .send({ ...mascotContest, ...windows.entriesOpen(), votingOpensAt: '2020-01-01T00:00:00Z', prize: -5 });
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.errors)).toEqual(['votingOpensAt']);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM contest`))[0].n).toBe(before);
    });

    it('answers a bad prize with 422 like every other amount, and writes nothing', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM contest`))[0].n;
      for (const prize of [-5, 0, 99.5]) {
        const response = await t
          .http()
          .post('/api/contests')
          .set(bearer(organizer))
          .send({ ...mascotContest, ...windows.entriesOpen(), prize });
        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({ code: ContestErrorCodes.BAD_AMOUNT, errors: { prize: expect.any(String) } });
      }
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM contest`))[0].n).toBe(before);
    });

    it('publishes once, derives its status from the windows, and filters lists by that status', async () => {
      const contest = await publishedContest(t, organizer);
      expect(contest.status).toBe('entries_open');
      expect((await t.http().post(`/api/contests/${contest.id}/publish`).set(bearer(organizer)).send({})).status).toBe(409);
      const open = await t
        .http()
        .get('/api/contests')
        .query({ filter: JSON.stringify({ status: 'entries_open', id: [contest.id] }) })
        .set(bearer(member));
      expect(open.body.map((row: { id: number }) => row.id)).toEqual([contest.id]);
      const voting = await t
        .http()
        .get('/api/contests')
        .query({ filter: JSON.stringify({ status: 'voting', id: [contest.id] }) })
        .set(bearer(member));
      expect(voting.body).toEqual([]);
    });

    it('refuses a stale edit, closing outside the voting window, and deleting a published contest', async () => {
      const contest = await publishedContest(t, organizer);
      const stale = await t
        .http()
        .put(`/api/contests/${contest.id}`)
        .set(bearer(organizer))
        .send({ ...contest, version: 1, title: 'Old' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('RECORD.STALE_VERSION');
      const early = await t.http().post(`/api/contests/${contest.id}/close`).set(bearer(organizer)).send({});
      expect(early.status).toBe(409);
      expect(early.body.errors).toEqual({ status: 'is entries_open' });
      expect((await t.http().post(`/api/contests/${contest.id}/close`).set(bearer(member)).send({})).status).toBe(403);
      expect((await t.http().delete(`/api/contests/${contest.id}`).set(bearer(organizer))).status).toBe(409);
    });
  });

  describe('entries', () => {
    it('takes entries only inside the entry window, and only with the licence accepted', async () => {
      const upcoming = await publishedContest(t, organizer, windows.upcoming());
      const early = await t
        .http()
        .post('/api/contest-entries')
        .set(bearer(member))
        .send({ contestId: upcoming.id, title: 'Early', description: 'Too soon', licenseAccepted: true });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'CONTEST.ENTRIES_NOT_OPEN', errors: { contestId: 'is not open for entries' } });
      const open = await publishedContest(t, organizer);
      const noLicence = await t
        .http()
        .post('/api/contest-entries')
        .set(bearer(member))
        .send({ contestId: open.id, title: 'Tux', description: 'A penguin', licenseAccepted: false });
      expect(noLicence.status).toBe(400);
      expect(noLicence.body.errors).toHaveProperty('licenseAccepted');
    });

    it("shows members approved entries and their own, never someone else's pending or hidden one", async () => {
      const contest = await publishedContest(t, organizer);
      const other = await t.user('member');
      const mine = await enter(t, member, contest.id, 'Mine, pending');
      const theirsPending = await enter(t, other, contest.id, 'Theirs, pending');
      const theirsApproved = await enter(t, other, contest.id, 'Theirs, approved', await png());
      await approve(t, organizer, theirsApproved.id);
      const seen = await listEntries(member, { contestId: contest.id });
      expect(seen.body.map((entry: { id: number }) => entry.id)).toEqual([mine.id, theirsApproved.id]);
      expect(seen.headers['content-range']).toBe('contest-entries 0-1/2');
      expect((await t.http().get(`/api/contest-entries/${theirsPending.id}`).set(bearer(member))).status).toBe(404);
      expect((await listEntries(organizer, { contestId: contest.id })).body).toHaveLength(3);
    });

    it('will not approve an entry without artwork, and tells only the author why an entry was hidden', async () => {
      const contest = await publishedContest(t, organizer);
      const entry = await enter(t, member, contest.id, 'Words only');
      const approveBare = await t.http().post(`/api/contest-entries/${entry.id}/approve`).set(bearer(organizer)).send({});
      expect(approveBare.status).toBe(422);
      expect(approveBare.body.code).toBe('CONTEST_ENTRY.NEEDS_ARTWORK');
      const noReason = await t.http().post(`/api/contest-entries/${entry.id}/hide`).set(bearer(organizer)).send({ reason: '  ' });
      expect(noReason.status).toBe(400);
      expect((await t.http().post(`/api/contest-entries/${entry.id}/hide`).set(bearer(member)).send({ reason: 'x' })).status).toBe(403);
      await t.http().post(`/api/contest-entries/${entry.id}/hide`).set(bearer(organizer)).send({ reason: 'Off topic' });
      expect((await t.http().get(`/api/contest-entries/${entry.id}`).set(bearer(member))).body).toMatchObject({
        status: 'hidden',
        hiddenReason: 'Off topic',
      });
      const mail = await t.dataSource.query(`SELECT to_email, subject, body FROM outbox_message WHERE to_email = $1`, [member.email]);
      expect(mail).toHaveLength(1);
      expect(mail[0].body).toContain('Off topic');
      const edit = await t
        .http()
        .put(`/api/contest-entries/${entry.id}`)
        .set(bearer(member))
        .send({ title: 'Again', description: 'x', version: 2 });
      expect(edit.status).toBe(409);
    });

    it('sends an approved entry back to moderation when its author rewrites it', async () => {
      const contest = await publishedContest(t, organizer);
      const entry = await enter(t, member, contest.id, 'Draft idea', await png());
      const approved = await approve(t, organizer, entry.id);
      const edited = await t
        .http()
        .put(`/api/contest-entries/${entry.id}`)
        .set(bearer(member))
        .send({ ...approved, description: 'A better idea' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ status: 'pending', description: 'A better idea' });
      const other = await t.user('member');
      expect(
        (
          await t
            .http()
            .put(`/api/contest-entries/${entry.id}`)
            .set(bearer(other))
            .send({ ...edited.body })
        ).status,
      ).toBe(404);
    });
  });

  describe('withdrawing', () => {
    it('lets only the author delete an entry while entries are open, artwork and all', async () => {
      const contest = await publishedContest(t, organizer);
      const entry = await enter(t, member, contest.id, 'Second thoughts', await png());
      const other = await t.user('member');
      expect((await t.http().delete(`/api/contest-entries/${entry.id}`).set(bearer(other))).status).toBe(404);
      const deleted = await t.http().delete(`/api/contest-entries/${entry.id}`).set(bearer(member));
      expect(deleted.status).toBe(200);
      expect(deleted.body.title).toBe('Second thoughts');
      expect((await t.http().get(`/api/contest-entries/${entry.id}`).set(bearer(member))).status).toBe(404);
      expect(readdirSync(join(t.config.DATA_DIR, 'uploads', 'contest-entries', String(entry.id)))).toEqual([]);
    });
  });

  describe('votes', () => {
    it('refuses votes before the window, for pending entries, for your own entry and for another contest', async () => {
      const contest = await publishedContest(t, organizer);
      const author = await t.user('member');
      const entry = await enter(t, author, contest.id, 'Early bird', await png());
      await approve(t, organizer, entry.id);
      const early = await vote(member, contest.id, entry.id);
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('CONTEST.VOTING_NOT_OPEN');

      const { contest: running, alice, a } = await votingContest();
      const pending = await enter(t, await t.user('member'), contest.id, 'Pending');
      expect((await vote(member, running.id, pending.id)).body.code).toBe('VOTE.ENTRY_NOT_VOTABLE');
      expect((await vote(member, running.id, entry.id)).body.code).toBe('VOTE.ENTRY_NOT_VOTABLE');
      const own = await vote(alice, running.id, a.id);
      expect(own.status).toBe(422);
      expect(own.body).toMatchObject({ code: 'VOTE.OWN_ENTRY', errors: { entryId: 'is your own entry' } });
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM vote WHERE contest_id = $1`, [running.id]))[0].n).toBe(0);
    });

    it('keeps exactly one vote row when one member sends 200 votes at once', async () => {
      const { contest, a, b } = await votingContest();
      const responses = await Promise.all(Array.from({ length: 200 }, (_, n) => vote(member, contest.id, n % 2 ? a.id : b.id)));
      expect(responses.map((response) => response.status).filter((status) => status !== 200 && status !== 201)).toEqual([]);
      expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
      const rows = await t.dataSource.query(`SELECT entry_id FROM vote WHERE contest_id = $1 AND voter_id = $2`, [contest.id, member.id]);
      expect(rows).toHaveLength(1);
      expect([a.id, b.id]).toContain(rows[0].entry_id);
      const mine = await t
        .http()
        .get('/api/votes')
        .query({ filter: JSON.stringify({ contestId: contest.id }) })
        .set(bearer(member));
      expect(mine.body).toEqual([expect.objectContaining({ contestId: contest.id, voterId: member.id, entryId: rows[0].entry_id })]);
      expect(
        (
          await t
            .http()
            .get('/api/votes')
            .query({ filter: JSON.stringify({ contestId: contest.id }) })
            .set(bearer(organizer))
        ).body,
      ).toEqual([]);
    });

    it('hides counts from everyone while voting is open and refuses votes once it has closed', async () => {
      const { contest, a, b } = await votingContest();
      await vote(member, contest.id, a.id);
      expect((await listEntries(organizer, { contestId: contest.id })).body.map((entry: { votes: unknown }) => entry.votes)).toEqual([
        null,
        null,
      ]);
      // Organizers may watch turnout (a number of voters, not a ranking) while voting runs; members may not.
      expect((await t.http().get(`/api/contests/${contest.id}/turnout`).set(bearer(organizer))).body.voters).toBe(1);
      expect((await t.http().get(`/api/contests/${contest.id}/turnout`).set(bearer(member))).status).toBe(403);
      await t.http().post(`/api/contests/${contest.id}/close`).set(bearer(organizer)).send({});
      const late = await vote(member, contest.id, b.id);
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('CONTEST.VOTING_NOT_OPEN');
      expect((await listEntries(member, { contestId: contest.id })).body.map((entry: { votes: number }) => entry.votes)).toEqual([1, 0]);
    });

    it('shows each voter the entries in their own order, the same on every load', async () => {
      const contest = await publishedContest(t, organizer);
      const entries = [];
      for (const title of ['One', 'Two', 'Three', 'Four', 'Five', 'Six']) {
        const entry = await enter(t, await t.user('member'), contest.id, title, await png());
        entries.push(await approve(t, organizer, entry.id));
      }
      const other = await t.user('member');
      const orderOf = async (user: TestUser) =>
        (await listEntries(user, { contestId: contest.id }, ['voterOrder', 'ASC'])).body.map((entry: { id: number }) => entry.id);
      const mine = await orderOf(member);
      expect(mine).toEqual(voterOrder(entries, member.id, contest.id).map((entry) => entry.id));
      expect(await orderOf(member)).toEqual(mine);
      expect(await orderOf(other)).toEqual(voterOrder(entries, other.id, contest.id).map((entry) => entry.id));
      const page = await t
        .http()
        .get('/api/contest-entries')
        .query({ filter: JSON.stringify({ contestId: contest.id }), sort: '["voterOrder","ASC"]', range: '[2,3]' })
        .set(bearer(member));
      expect(page.body.map((entry: { id: number }) => entry.id)).toEqual(mine.slice(2, 4));
      expect(page.headers['content-range']).toBe('contest-entries 2-3/6');
      expect((await t.http().get('/api/contest-entries').query({ sort: '["voterOrder","ASC"]' }).set(bearer(member))).status).toBe(400);
    });
  });

  describe('results and the award', () => {
    it('awards only a top entry, needs a budget, and pays the prize once', async () => {
      const { contest, a, b } = await votingContest();
      const [v1, v2, v3] = [await t.user('member'), await t.user('member'), await t.user('member')];
      await vote(v1, contest.id, a.id);
      await vote(v2, contest.id, a.id);
      await vote(v3, contest.id, b.id);
      expect((await t.http().post(`/api/contests/${contest.id}/award`).set(bearer(organizer)).send({ entryId: a.id })).status).toBe(409);
      await t.http().post(`/api/contests/${contest.id}/close`).set(bearer(organizer)).send({});

      const runnerUp = await t.http().post(`/api/contests/${contest.id}/award`).set(bearer(organizer)).send({ entryId: b.id });
      expect(runnerUp.status).toBe(422);
      expect(runnerUp.body).toMatchObject({ code: 'CONTEST.NOT_A_WINNER', errors: { entryId: 'did not get the most votes' } });
      const noBudget = await t.http().post(`/api/contests/${contest.id}/award`).set(bearer(organizer)).send({ entryId: a.id });
      expect(noBudget.status).toBe(422);
      expect(noBudget.body.code).toBe('BUDGET.NOT_FOUND');
      expect((await t.http().get(`/api/contests/${contest.id}`).set(bearer(organizer))).body).toMatchObject({
        status: 'closed',
        winnerEntryId: null,
      });

      const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'America/Los_Angeles', year: 'numeric' }).format(new Date()));
      await t.http().post('/api/budgets').set(bearer(organizer)).send({ year, currency: 'USD', amount: 100_000 });
      const twice = await Promise.all(
        [1, 2].map(() => t.http().post(`/api/contests/${contest.id}/award`).set(bearer(organizer)).send({ entryId: a.id })),
      );
      expect(twice.map((response) => response.status).sort()).toEqual([200, 409]);
      const payments = await t.dataSource.query(`SELECT amount::int FROM ledger_entry WHERE contest_id = $1`, [contest.id]);
      expect(payments).toEqual([{ amount: 10_000 }]);
      const history = await t.dataSource.query(
        `SELECT action, from_state, to_state FROM audit_log WHERE entity = 'contest' AND entity_id = $1 ORDER BY id`,
        [String(contest.id)],
      );
      expect(history.map((row: { action: string }) => row.action)).toEqual(['create', 'publish', 'update', 'close', 'award']);
      expect(history.at(-1)).toMatchObject({ from_state: 'closed', to_state: 'awarded' });
    });
  });
});
