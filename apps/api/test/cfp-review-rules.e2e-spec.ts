import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, review, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The rules a committee must be able to trust: conflicts hide a submission everywhere, anonymous
// review hides speakers everywhere, one review per reviewer, others' reviews only after one's own.
describe('call for papers review rules', () => {
  let t: TestApp;
  let s: Summit;
  let speaker: TestUser;
  let colleague: TestUser;
  let declarer: TestUser;
  let first: TestUser;
  let second: TestUser;
  let talk: Record<string, any>;

  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const leaks = (body: unknown) => {
    const text = JSON.stringify(body);
    return [speaker.name, speaker.email, 'Samsung'].filter((secret) => text.includes(secret));
  };

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    speaker = await t.user('member', { name: 'Heechul Kim', affiliation: 'Samsung' });
    colleague = await t.user('member', { name: 'Sang-bum Suh', affiliation: 'samsung ' });
    declarer = await t.user('member', { name: 'Dan Magenheimer', affiliation: 'Oracle' });
    first = await t.user('member', { name: 'Patrick Colp', affiliation: 'University of British Columbia' });
    second = await t.user('member', { name: 'Hitoshi Oi', affiliation: 'University of Aizu' });
    for (const member of [colleague, declarer, first, second]) await seat(t, s, member);
    await call(t.http().post('/api/conflicts').set(bearer(declarer)).send({ userId: speaker.id, note: 'co-author' }), 201);
    talk = await submitTalk(t, s, speaker, { title: 'Memory ballooning at scale' });
  });
  afterAll(() => t.close());

  it('never assigns a reviewer of the speaker’s company or with a declared conflict, automatically or by hand', async () => {
    const result = await call(t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(s.chair)).send({}), 200);
    expect(result.underfilled).toEqual([]);
    const assigned = (
      await get(s.chair, `/api/review-assignments?filter=${encodeURIComponent(JSON.stringify({ submissionId: talk.id }))}`)
    ).body.map((row: { reviewerId: number }) => row.reviewerId);
    expect(assigned).toHaveLength(2);
    expect(assigned).not.toContain(colleague.id);
    expect(assigned).not.toContain(declarer.id);
    for (const reviewer of [colleague, declarer]) {
      const manual = await t
        .http()
        .post('/api/review-assignments')
        .set(bearer(s.chair))
        .send({ submissionId: talk.id, reviewerId: reviewer.id });
      expect(manual.status).toBe(422);
      expect(manual.body.errors).toEqual({ reviewerId: 'is conflicted' });
    }
    expect((await get(s.chair, `/api/submissions/${talk.id}`)).body.status).toBe('in_review');
    // Put the two clean reviewers on it for the tests below, whoever the algorithm chose.
    for (const row of (
      await get(s.chair, `/api/review-assignments?filter=${encodeURIComponent(JSON.stringify({ submissionId: talk.id }))}`)
    ).body) {
      await call(t.http().delete(`/api/review-assignments/${row.id}`).set(bearer(s.chair)), 200);
    }
    await assign(t, s, talk.id, first);
    await assign(t, s, talk.id, second);
  });

  it(
    'answers 404 to a conflicted reviewer for the submission, its reviews and scores, in every route, list, count and ' + 'export',
    async () => {
      const written = await review(t, first, talk.id, 2);
      const seeAll = {
        phases: [
          {
            name: 'discussion',
            startsAt: new Date(Date.now() - 60_000).toISOString(),
            endsAt: new Date(Date.now() + 86_400_000).toISOString(),
            reviewersMayWrite: true,
            reviewersSee: 'all',
            othersReviews: 'always',
            showSpeakerNames: true,
          },
        ],
      };
      const cfp = (await get(s.chair, `/api/cfps/${s.cfpId}`)).body;
      // Even a phase that opens every submission and every review keeps conflicted ones out.
      await call(
        t
          .http()
          .put(`/api/cfps/${s.cfpId}`)
          .set(bearer(s.chair))
          .send({ ...cfp, ...seeAll }),
        200,
      );
      try {
        for (const reviewer of [colleague, declarer]) {
          expect((await get(reviewer, `/api/submissions/${talk.id}`)).status).toBe(404);
          const list = await get(reviewer, '/api/submissions');
          expect(list.body.map((row: { id: number }) => row.id)).not.toContain(talk.id);
          expect(list.headers['content-range']).toBe('submissions */0');
          const reviews = await get(reviewer, `/api/reviews?filter=${encodeURIComponent(JSON.stringify({ submissionId: talk.id }))}`);
          expect(reviews.body).toEqual([]);
          expect(reviews.headers['content-range']).toBe('reviews */0');
          expect((await get(reviewer, `/api/reviews/${written.id}`)).status).toBe(404);
          expect(
            (await t.http().post('/api/reviews').set(bearer(reviewer)).send({ submissionId: talk.id, score: 2, confidence: 3 })).status,
          ).toBe(404);
          const csv = await get(reviewer, `/api/cfps/${s.cfpId}/reviews.csv`);
          expect(csv.status).toBe(200);
          expect(csv.text).not.toContain('Memory ballooning');
          expect((await get(reviewer, `/api/cfps/${s.cfpId}/ranking`)).status).toBe(404);
        }
        // A conflicted chair is a conflicted reviewer too.
        const conflictedChair = await t.user('member', { name: 'Samsung chair', affiliation: 'Samsung' });
        await seat(t, s, conflictedChair, 'chair');
        const ranking = (await get(conflictedChair, `/api/cfps/${s.cfpId}/ranking`)).body;
        expect(ranking.map((row: { submissionId: number }) => row.submissionId)).not.toContain(talk.id);
        expect(
          (await t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(conflictedChair)).send({ decision: 'accept' })).status,
        ).toBe(404);
        expect((await get(conflictedChair, `/api/cfps/${s.cfpId}/assignment-matrix`)).body.submissions).toEqual([]);
      } finally {
        await call(
          t
            .http()
            .put(`/api/cfps/${s.cfpId}`)
            .set(bearer(s.chair))
            .send({ ...(await get(s.chair, `/api/cfps/${s.cfpId}`)).body, phases: [] }),
          200,
        );
      }
    },
  );

  it('hides speakers from anonymous reviewers in records, lists, search, sort, filters and the CSV export', async () => {
    const one = await get(second, `/api/submissions/${talk.id}`);
    expect(one.status).toBe(200);
    expect(one.body.speakers).toBeUndefined();
    expect(leaks(one.body)).toEqual([]);
    const list = await get(second, `/api/submissions?filter=${encodeURIComponent(JSON.stringify({ assignedToMe: true }))}`);
    expect(list.body.map((row: { id: number }) => row.id)).toEqual([talk.id]);
    expect(leaks(list.body)).toEqual([]);
    for (const q of ['Heechul', 'Samsung', speaker.email.slice(0, 8)]) {
      const search = await get(second, `/api/submissions?filter=${encodeURIComponent(JSON.stringify({ q }))}`);
      expect(search.headers['content-range'], q).toBe('submissions */0');
    }
    expect((await get(second, `/api/submissions?filter=${encodeURIComponent(JSON.stringify({ q: 'ballooning' }))}`)).body).toHaveLength(1);
    for (const sort of ['speakers', 'speakerName', 'submitterId', 'affiliation']) {
      expect((await get(second, `/api/submissions?sort=${encodeURIComponent(JSON.stringify([sort, 'ASC']))}`)).status, sort).toBe(400);
    }
    for (const filter of [{ submitterId: speaker.id }, { speakerId: speaker.id }, { affiliation: 'Samsung' }]) {
      expect((await get(second, `/api/submissions?filter=${encodeURIComponent(JSON.stringify(filter))}`)).status).toBe(400);
    }
    await review(t, second, talk.id, 1);
    const csv = await get(second, `/api/cfps/${s.cfpId}/reviews.csv`);
    expect(csv.text).toContain('Memory ballooning');
    expect(leaks(csv.text)).toEqual([]);
    expect(csv.text.split('\n')[0].split(',')).not.toContain('speakers');
    expect(leaks((await get(second, '/api/review-assignments')).body)).toEqual([]);
    expect(leaks((await get(second, '/api/reviews')).body)).toEqual([]);
    // The chair and organizers do see who proposed it, and can search for them.
    const chairView = (await get(s.chair, `/api/submissions/${talk.id}`)).body;
    expect(chairView.speakers).toEqual([expect.objectContaining({ name: 'Heechul Kim', affiliation: 'Samsung' })]);
    expect((await get(s.organizer, `/api/submissions?filter=${encodeURIComponent(JSON.stringify({ q: 'Heechul' }))}`)).body).toHaveLength(
      1,
    );
    expect((await get(s.chair, `/api/cfps/${s.cfpId}/reviews.csv`)).text).toContain('Heechul Kim');
  });

  it('shows a reviewer the other reviews of a submission only after they have submitted their own', async () => {
    const other = await submitTalk(t, s, speaker, { title: 'Live migration over WAN' });
    await assign(t, s, other.id, first);
    await assign(t, s, other.id, second);
    const theirs = await review(t, first, other.id, -1);
    const filter = `/api/reviews?filter=${encodeURIComponent(JSON.stringify({ submissionId: other.id }))}`;
    expect((await get(second, filter)).body).toEqual([]);
    expect((await get(second, `/api/reviews/${theirs.id}`)).status).toBe(404);
    await review(t, second, other.id, 2);
    expect((await get(second, filter)).body.map((row: { reviewerId: number }) => row.reviewerId).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect((await get(second, `/api/reviews/${theirs.id}`)).body.score).toBe(-1);
  });

  it('refuses a score or confidence off the scale with 422 and stores nothing', async () => {
    const other = await submitTalk(t, s, speaker, { title: 'Scheduler latency' });
    await assign(t, s, other.id, first);
    for (const [score, confidence, field] of [
      [3, 2, 'score'],
      [-3, 2, 'score'],
      [1, 0, 'confidence'],
      [1, 4, 'confidence'],
    ] as const) {
      const response = await t.http().post('/api/reviews').set(bearer(first)).send({ submissionId: other.id, score, confidence });
      expect(response.status).toBe(422);
      expect(Object.keys(response.body.errors)).toEqual([field]);
    }
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM review WHERE submission_id = $1', [other.id]))[0].n).toBe(0);
  });

  it('stores one review when the same reviewer sends it several times at once', async () => {
    const other = await submitTalk(t, s, speaker, { title: 'PV drivers for Windows' });
    await assign(t, s, other.id, first);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.http().post('/api/reviews').set(bearer(first)).send({ submissionId: other.id, score: 1, confidence: 3 }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM review WHERE submission_id = $1', [other.id]))[0].n).toBe(1);
  });

  it('answers 404 to a committee member who is not assigned', async () => {
    const other = await submitTalk(t, s, speaker, { title: 'Unassigned talk' });
    expect((await t.http().post('/api/reviews').set(bearer(first)).send({ submissionId: other.id, score: 1, confidence: 1 })).status).toBe(
      404,
    );
    expect((await get(first, `/api/submissions/${other.id}`)).status).toBe(404);
  });

  it('refuses a decision staged on a stale version with 409 and keeps it from the speaker', async () => {
    const current = (await get(s.chair, `/api/submissions/${talk.id}`)).body;
    const stale = await t
      .http()
      .post(`/api/submissions/${talk.id}/decide`)
      .set(bearer(s.chair))
      .send({ decision: 'accept', version: current.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('RECORD.STALE_VERSION');
    const staged = await call(
      t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(s.chair)).send({ decision: 'accept', version: current.version }),
      200,
    );
    expect(staged).toMatchObject({ pendingDecision: 'accept', status: 'in_review' });
    const speakerView = (await get(speaker, `/api/submissions/${talk.id}`)).body;
    expect(speakerView.pendingDecision).toBeUndefined();
    expect(speakerView.status).toBe('in_review');
    expect(
      (await get(speaker, `/api/submissions?filter=${encodeURIComponent(JSON.stringify({ pendingDecision: 'accept' }))}`)).body,
    ).toEqual([]);
    expect((await t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(first)).send({ decision: 'reject' })).status).toBe(403);
    expect(await t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(s.chair)).send({ decision: null })).toMatchObject({
      status: 200,
    });
  });

  it('closes reviews for editing when the review window closes', async () => {
    const mine = (await get(first, '/api/reviews')).body.find((row: { reviewerId: number }) => row.reviewerId === first.id);
    const cfp = (await get(s.chair, `/api/cfps/${s.cfpId}`)).body;
    const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await call(
      t
        .http()
        .put(`/api/cfps/${s.cfpId}`)
        .set(bearer(s.chair))
        .send({ ...cfp, opensAt: past(20), reviewOpensAt: past(19), reviewClosesAt: past(1) }),
      200,
    );
    const late = await t
      .http()
      .put(`/api/reviews/${mine.id}`)
      .set(bearer(first))
      .send({ ...mine, score: -2 });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('REVIEW.WINDOW_CLOSED');
    expect((await get(first, `/api/reviews/${mine.id}`)).body.score).toBe(mine.score);
  });
});
