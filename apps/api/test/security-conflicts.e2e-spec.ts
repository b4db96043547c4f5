import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, mailedToken, outbox, review, seat, setUpSummit, submitTalk, summit, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

const filter = (value: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(value))}`;

// Issue 9, findings 2 and 3: conflicts come only from data a reviewer cannot change at will while
// review runs, and they bind everyone — chairs and organizers included.
describe('conflicts of interest under attack', () => {
  let t: TestApp;
  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const ids = async (user: TestUser, path = '/api/submissions') =>
    ((await get(user, `${path}${path.includes('?') ? '&' : '?'}range=[0,499]`)).body as Array<{ id: number }>)
      .map((row) => row.id)
      .sort((a, b) => a - b);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // A CfP in a phase where reviewers see every submission they are not conflicted on: the widest
  // view, so that any change in what they may see shows in their list.
  const seeAllPhase = () => ({
    phases: [
      {
        name: 'open discussion',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 86_400_000).toISOString(),
        reviewersMayWrite: true,
        reviewersSee: 'all',
        othersReviews: 'always',
        showSpeakerNames: false,
      },
    ],
  });

  describe('a reviewer’s own inputs', () => {
    let s: Summit;
    let reviewer: TestUser;
    let samsungTalk: Record<string, any>;
    let oracleTalk: Record<string, any>;
    let samsungSpeaker: TestUser;

    beforeAll(async () => {
      s = await setUpSummit(t, seeAllPhase());
      samsungSpeaker = await t.user('member', { name: 'Heechul Kim', affiliation: 'Samsung' });
      const oracleSpeaker = await t.user('member', { name: 'Konrad Rzeszutek Wilk', affiliation: 'Oracle' });
      reviewer = await t.user('member', { name: 'Patrick Colp', affiliation: 'University of British Columbia' });
      await seat(t, s, reviewer);
      samsungTalk = await submitTalk(t, s, samsungSpeaker, { title: 'Memory ballooning at scale' });
      oracleTalk = await submitTalk(t, s, oracleSpeaker, { title: 'Transcendent memory' });
    });

    it('does not let a reviewer’s profile affiliation change which submissions they see', async () => {
      const before = await ids(reviewer);
      expect(before).toEqual([samsungTalk.id, oracleTalk.id].sort((a, b) => a - b));
      for (const affiliation of ['Samsung', 'oracle ', 'Citrix', null]) {
        const me = (await get(reviewer, `/api/users/${reviewer.id}`)).body;
        await call(
          t
            .http()
            .put(`/api/users/${reviewer.id}`)
            .set(bearer(reviewer))
            .send({ name: me.name, affiliation, country: me.country, version: me.version }),
          200,
        );
        expect(await ids(reviewer), String(affiliation)).toEqual(before);
        expect((await get(reviewer, `/api/submissions/${samsungTalk.id}`)).status).toBe(200);
        expect((await get(reviewer, `/api/cfps/${s.cfpId}/reviews.csv`)).status).toBe(200);
      }
    });

    it('keeps the seat’s affiliation the chair’s to set: a reviewer’s own edit of it is ignored', async () => {
      const [mine] = (await get(reviewer, `/api/committee-seats?${filter({ userId: reviewer.id })}`)).body;
      const edited = await call(
        t
          .http()
          .put(`/api/committee-seats/${mine.id}`)
          .set(bearer(reviewer))
          .send({ ...mine, affiliation: 'Samsung', trackPreferences: ['Core'] }),
        200,
      );
      expect(edited).toMatchObject({ affiliation: 'University of British Columbia', trackPreferences: ['Core'] });
      expect(await ids(reviewer)).toEqual([samsungTalk.id, oracleTalk.id].sort((a, b) => a - b));
    });

    it(
      'conflicts a reviewer whose seat the chair gives the speaker’s affiliation, and lifts it when the chair changes it ' + 'back',
      async () => {
        const [mine] = (await get(s.chair, `/api/committee-seats?${filter({ userId: reviewer.id })}`)).body;
        const moved = await call(
          t
            .http()
            .put(`/api/committee-seats/${mine.id}`)
            .set(bearer(s.chair))
            .send({ ...mine, affiliation: ' samsung' }),
          200,
        );
        expect(await ids(reviewer)).toEqual([oracleTalk.id]);
        expect((await get(reviewer, `/api/submissions/${samsungTalk.id}`)).status).toBe(404);
        const manual = await t
          .http()
          .post('/api/review-assignments')
          .set(bearer(s.chair))
          .send({ submissionId: samsungTalk.id, reviewerId: reviewer.id });
        expect(manual.status).toBe(422);
        await call(
          t
            .http()
            .put(`/api/committee-seats/${mine.id}`)
            .set(bearer(s.chair))
            .send({ ...moved, affiliation: 'University of British Columbia' }),
          200,
        );
        expect(await ids(reviewer)).toEqual([samsungTalk.id, oracleTalk.id].sort((a, b) => a - b));
      },
    );

    it('lets a reviewer declare a conflict but not take it back once review is under way; records who declared it', async () => {
      const declared = await call(
        t.http().post('/api/conflicts').set(bearer(reviewer)).send({ userId: samsungSpeaker.id, note: 'we share an office' }),
        201,
      );
      expect(declared).toMatchObject({
        reviewerId: reviewer.id,
        declaredBy: reviewer.id,
        declaredByName: 'Patrick Colp',
        viewerMayRemove: false,
      });
      // Names come with the record: a member cannot read the users list the admin would look them up in.
      expect(declared).toMatchObject({ reviewerName: 'Patrick Colp', userName: samsungSpeaker.name });
      expect(await ids(reviewer)).toEqual([oracleTalk.id]);
      // The chairs hear of a declaration made while review runs: a run of them is for a person to notice.
      const told = await outbox(t, s.chair.email);
      expect(told.map((mail) => mail.subject)).toContain(`Patrick Colp declared a conflict of interest during review for ${summit.name}`);
      expect(told.at(-1)?.body).toContain('Heechul Kim');

      const refused = await t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(reviewer));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('CONFLICT.LOCKED_DURING_REVIEW');
      expect(await ids(reviewer)).toEqual([oracleTalk.id]);
      expect((await get(reviewer, `/api/conflicts/${declared.id}`)).body).toMatchObject({ id: declared.id, viewerMayRemove: false });

      // The same for an organisation: declaring hides, removing is the chair's.
      const organization = await call(t.http().post('/api/conflicts').set(bearer(reviewer)).send({ organization: 'Oracle' }), 201);
      expect(await ids(reviewer)).toEqual([]);
      expect((await t.http().delete(`/api/conflicts/${organization.id}`).set(bearer(reviewer))).status).toBe(403);

      // The chair sees who declared each, may remove them, and the submissions come back.
      const chairView = (await get(s.chair, `/api/conflicts?${filter({ reviewerId: reviewer.id })}`)).body;
      expect(chairView).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: declared.id, declaredBy: reviewer.id, declaredByName: 'Patrick Colp', viewerMayRemove: true }),
        ]),
      );
      await call(t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(s.chair)), 200);
      await call(t.http().delete(`/api/conflicts/${organization.id}`).set(bearer(s.organizer)), 200);
      expect(await ids(reviewer)).toEqual([samsungTalk.id, oracleTalk.id].sort((a, b) => a - b));
      const history = await t.dataSource.query(
        `SELECT actor_id FROM audit_log WHERE entity = 'conflict' AND action = 'delete' ORDER BY id`,
      );
      expect(history.map((row: { actor_id: number }) => row.actor_id)).toEqual([s.chair.id, s.organizer.id]);
    });

    it('records the chair as the declarer of a conflict declared on a reviewer’s behalf', async () => {
      const declared = await call(
        t.http().post('/api/conflicts').set(bearer(s.chair)).send({ reviewerId: reviewer.id, organization: 'Samsung' }),
        201,
      );
      expect(declared).toMatchObject({
        reviewerId: reviewer.id,
        declaredBy: s.chair.id,
        declaredByName: s.chair.name,
        viewerMayRemove: true,
      });
      expect((await get(reviewer, `/api/conflicts/${declared.id}`)).body).toMatchObject({ declaredBy: s.chair.id, viewerMayRemove: false });
      expect((await t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(reviewer))).status).toBe(403);
      await call(t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(s.chair)), 200);
    });

    it('lets a member with no call for papers under way remove a conflict they declared', async () => {
      const member = await t.user('member', { name: 'Justin Ryan' });
      const declared = await call(t.http().post('/api/conflicts').set(bearer(member)).send({ organization: 'Samsung' }), 201);
      expect(declared.viewerMayRemove).toBe(true);
      expect((await outbox(t, s.chair.email)).filter((mail) => mail.subject.startsWith('Justin Ryan'))).toEqual([]);
      await call(t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(member)), 200);
    });

    it('keeps a chair of another committee from removing a reviewer’s conflict', async () => {
      const other = await setUpSummit(t);
      const declared = await call(t.http().post('/api/conflicts').set(bearer(reviewer)).send({ organization: 'AMD' }), 201);
      expect((await t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(other.chair))).status).toBe(404);
      await call(t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(s.chair)), 200);
    });
  });

  describe('organizers and chairs are conflicted too', () => {
    let s: Summit;
    let first: TestUser;
    let second: TestUser;
    let ownTalk: Record<string, any>;
    let otherTalk: Record<string, any>;
    let declaredTalk: Record<string, any>;
    let ownReview: Record<string, any>;
    let declaredReview: Record<string, any>;
    let declaredSpeaker: TestUser;

    beforeAll(async () => {
      s = await setUpSummit(t);
      first = await t.user('member', { name: 'Hitoshi Oi', affiliation: 'University of Aizu' });
      second = await t.user('member', { name: 'Jose Renato G Santos', affiliation: 'HP Labs' });
      await seat(t, s, first);
      await seat(t, s, second);
      // The organizer proposes a talk of their own, like any member.
      ownTalk = await submitTalk(t, s, s.organizer, { title: 'The state of the Xen project' });
      otherTalk = await submitTalk(t, s, await t.user('member', { name: 'Boris Quiroz' }), { title: 'Xen in the classroom' });
      declaredSpeaker = await t.user('member', { name: 'Dan Magenheimer', affiliation: 'Oracle' });
      declaredTalk = await submitTalk(t, s, declaredSpeaker, { title: 'Self-ballooning' });
      for (const talk of [ownTalk, otherTalk, declaredTalk]) {
        await assign(t, s, talk.id, first);
        await assign(t, s, talk.id, second);
      }
      ownReview = await review(t, first, ownTalk.id, -2, { commentToCommittee: 'Too much marketing.' });
      await review(t, first, otherTalk.id, 1);
      declaredReview = await review(t, first, declaredTalk.id, 2);
      await call(
        t.http().post('/api/conflicts').set(bearer(s.organizer)).send({ userId: declaredSpeaker.id, note: 'my brother-in-law' }),
        201,
      );
    });

    it('shows an organizer their own talk as its speaker only: no staged decision, reviews, scores or assignments', async () => {
      const mine = await call(get(s.organizer, `/api/submissions/${ownTalk.id}`), 200);
      expect(mine.viewerRole).toBe('speaker');
      expect(mine.pendingDecision).toBeUndefined();
      const reviews = await get(s.organizer, `/api/reviews?${filter({ submissionId: ownTalk.id })}`);
      expect(reviews.body).toEqual([]);
      expect(reviews.headers['content-range']).toBe('reviews */0');
      expect((await get(s.organizer, `/api/reviews/${ownReview.id}`)).status).toBe(404);
      expect((await get(s.organizer, `/api/review-assignments?${filter({ submissionId: ownTalk.id })}`)).body).toEqual([]);
      const ranking = (await get(s.organizer, `/api/cfps/${s.cfpId}/ranking`)).body.map(
        (row: { submissionId: number }) => row.submissionId,
      );
      expect(ranking).toEqual([otherTalk.id]);
      const csv = (await get(s.organizer, `/api/cfps/${s.cfpId}/reviews.csv`)).text;
      expect(csv).toContain('Xen in the classroom');
      expect(csv).not.toContain('The state of the Xen project');
      expect(csv).not.toContain('Too much marketing');
      const matrix = (await get(s.organizer, `/api/cfps/${s.cfpId}/assignment-matrix`)).body;
      expect(matrix.submissions.map((row: { id: number }) => row.id)).toEqual([otherTalk.id]);
      // Automatic assignment reports only on what the organizer may see.
      const assigned = await call(t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(s.organizer)).send({}), 200);
      expect(assigned).toMatchObject({ added: [], submissions: 1 });
      expect(JSON.stringify(assigned)).not.toContain('The state of the Xen project');
    });

    it('refuses an organizer the decision on, and the reviewers for, their own talk', async () => {
      const decide = await t.http().post(`/api/submissions/${ownTalk.id}/decide`).set(bearer(s.organizer)).send({ decision: 'accept' });
      expect(decide.status).toBe(403);
      const bulk = await t
        .http()
        .post(`/api/cfps/${s.cfpId}/decisions`)
        .set(bearer(s.organizer))
        .send({ decisions: [{ submissionId: ownTalk.id, decision: 'accept' }] });
      expect(bulk.status).toBe(403);
      const extra = await t.user('member', { name: 'Fajar A. Nugraha' });
      await seat(t, s, extra);
      expect(
        (await t.http().post('/api/review-assignments').set(bearer(s.organizer)).send({ submissionId: ownTalk.id, reviewerId: extra.id }))
          .status,
      ).toBe(403);
      expect(
        (await t.dataSource.query(`SELECT pending_decision FROM submission WHERE id = $1`, [ownTalk.id]))[0].pending_decision,
      ).toBeNull();
    });

    it('answers 404 to an organizer for a talk they declared a conflict with, on every route, list, count and export', async () => {
      expect((await get(s.organizer, `/api/submissions/${declaredTalk.id}`)).status).toBe(404);
      const list = await get(s.organizer, `/api/submissions?${filter({ cfpId: s.cfpId })}`);
      expect(list.body.map((row: { id: number }) => row.id).sort()).toEqual([ownTalk.id, otherTalk.id].sort());
      expect(list.headers['content-range']).toBe('submissions 0-1/2');
      expect((await get(s.organizer, `/api/submissions?${filter({ q: 'Self-ballooning' })}`)).headers['content-range']).toBe(
        'submissions */0',
      );
      expect((await get(s.organizer, `/api/reviews/${declaredReview.id}`)).status).toBe(404);
      expect((await get(s.organizer, `/api/reviews?${filter({ submissionId: declaredTalk.id })}`)).headers['content-range']).toBe(
        'reviews */0',
      );
      expect((await get(s.organizer, `/api/cfps/${s.cfpId}/reviews.csv`)).text).not.toContain('Self-ballooning');
      expect(
        (await get(s.organizer, `/api/cfps/${s.cfpId}/ranking`)).body.map((row: { submissionId: number }) => row.submissionId),
      ).not.toContain(declaredTalk.id);
      expect(
        (await t.http().post(`/api/submissions/${declaredTalk.id}/decide`).set(bearer(s.organizer)).send({ decision: 'reject' })).status,
      ).toBe(404);
      expect(
        (
          await t
            .http()
            .post('/api/review-assignments')
            .set(bearer(s.organizer))
            .send({ submissionId: declaredTalk.id, reviewerId: s.chair.id })
        ).status,
      ).toBe(404);
    });

    it('leaves the reviews, assignments and decisions of conflicted talks out of an organizer’s audit log', async () => {
      const entries = async (entityFilter: Record<string, unknown>) =>
        (await get(s.organizer, `/api/audit-log?${filter(entityFilter)}&range=[0,499]`)).body as Array<{
          entity: string;
          entityId: string;
          note: string | null;
        }>;
      const reviewIds = (await entries({ entity: 'review' })).map((entry) => entry.entityId);
      expect(reviewIds).not.toContain(String(ownReview.id));
      expect(reviewIds).not.toContain(String(declaredReview.id));
      expect(reviewIds).toHaveLength(1);
      for (const talk of [ownTalk, declaredTalk]) {
        expect(await entries({ entity: 'submission', entityId: String(talk.id) })).toEqual([]);
        expect((await entries({ entity: 'review_assignment' })).map((entry) => entry.note).join('\n')).not.toContain(
          `submission ${talk.id} `,
        );
      }
      expect(await entries({ entity: 'submission', entityId: String(otherTalk.id) })).not.toEqual([]);
      // The chair, not conflicted, reads the whole history; members none of it.
      expect((await get(s.chair, '/api/audit-log')).status).toBe(403);
    });

    it('releases only the decisions an organizer is not conflicted on; the rest wait for a chair', async () => {
      await call(t.http().post(`/api/submissions/${ownTalk.id}/decide`).set(bearer(s.chair)).send({ decision: 'reject' }), 200);
      await call(t.http().post(`/api/submissions/${otherTalk.id}/decide`).set(bearer(s.chair)).send({ decision: 'accept' }), 200);
      const released = await call(t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.organizer)).send({}), 200);
      expect(released).toEqual({ released: 1, submissionIds: [otherTalk.id] });
      expect((await get(s.organizer, `/api/submissions/${ownTalk.id}`)).body.status).toBe('in_review');
      const byChair = await call(t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.chair)).send({}), 200);
      expect(byChair).toEqual({ released: 1, submissionIds: [ownTalk.id] });
      expect((await get(s.organizer, `/api/submissions/${ownTalk.id}`)).body.status).toBe('rejected');
    });

    it('conflicts an organizer by the affiliation of their committee seat', async () => {
      const [organizerSeat] = [await seat(t, s, s.organizer, 'reviewer', { affiliation: 'Oracle' })];
      const other = await t.user('member', { name: 'Oracle speaker', affiliation: 'ORACLE' });
      const talk = await submitTalk(t, s, other, { title: 'Oracle VM internals' });
      expect((await get(s.organizer, `/api/submissions/${talk.id}`)).status).toBe(404);
      await call(t.http().delete(`/api/committee-seats/${organizerSeat.id}`).set(bearer(s.chair)), 200);
      expect((await get(s.organizer, `/api/submissions/${talk.id}`)).status).toBe(200);
    });

    it(
      'refuses a chair the decision on, and the reviewers for, a talk they speak on; its decision waits for another to ' + 'release',
      async () => {
        const chairTalk = await submitTalk(t, s, s.chair, { title: 'What a program committee does' });
        expect(
          (await t.http().post(`/api/submissions/${chairTalk.id}/decide`).set(bearer(s.chair)).send({ decision: 'accept' })).status,
        ).toBe(403);
        expect(
          (await t.http().post('/api/review-assignments').set(bearer(s.chair)).send({ submissionId: chairTalk.id, reviewerId: first.id }))
            .status,
        ).toBe(403);
        expect(
          (await get(s.chair, `/api/cfps/${s.cfpId}/ranking`)).body.map((row: { submissionId: number }) => row.submissionId),
        ).not.toContain(chairTalk.id);
        await call(t.http().post(`/api/submissions/${chairTalk.id}/decide`).set(bearer(s.organizer)).send({ decision: 'accept' }), 200);
        const refused = await t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.chair)).send({});
        expect(refused.status).toBe(422);
        expect(await call(t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.organizer)).send({}), 200)).toEqual({
          released: 1,
          submissionIds: [chairTalk.id],
        });
      },
    );

    it('refuses a review from an assigned reviewer who has since become a co-speaker of the talk', async () => {
      const author = await t.user('member', { name: 'Ian Pratt' });
      const talk = await submitTalk(t, s, author, { title: 'Xen and the art of virtualization' });
      await assign(t, s, talk.id, second);
      const current = (await get(author, `/api/submissions/${talk.id}`)).body;
      await call(
        t
          .http()
          .put(`/api/submissions/${talk.id}`)
          .set(bearer(author))
          .send({ ...current, coSpeakerEmails: [second.email] }),
        200,
      );
      const token = await mailedToken(t, second.email, '/invitations/accept');
      await call(t.http().post('/api/submissions/invitations/accept').set(bearer(second)).send({ token }), 200);
      const refused = await t.http().post('/api/reviews').set(bearer(second)).send({ submissionId: talk.id, score: 2, confidence: 3 });
      expect(refused.status).toBe(403);
      expect((await t.dataSource.query('SELECT count(*)::int AS n FROM review WHERE submission_id = $1', [talk.id]))[0].n).toBe(0);
      expect((await get(second, `/api/submissions/${talk.id}`)).body).toMatchObject({ viewerRole: 'speaker' });
    });
  });
});
