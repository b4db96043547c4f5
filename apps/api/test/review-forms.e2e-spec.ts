import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, inDays, outbox, review, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Issue #14 items 3 and 5: the chair's review form, draft reviews, a second round, and the
// speakers' one response with the score changes it brings kept in the review's history.
describe('review forms, rounds and the author response', () => {
  let t: TestApp;
  let s: Summit;
  let speaker: TestUser;
  let first: TestUser;
  let second: TestUser;
  let conflicted: TestUser;
  let talk: Record<string, any>;
  let form: Record<string, any>;

  const as = (user: TestUser) => ({
    get: (path: string) => t.http().get(path).set(bearer(user)),
    post: (path: string, body: unknown) =>
      t
        .http()
        .post(path)
        .set(bearer(user))
        .send(body as object),
    put: (path: string, body: unknown) =>
      t
        .http()
        .put(path)
        .set(bearer(user))
        .send(body as object),
  });
  const fields = [
    { key: 'relevance', kind: 'score', name: 'Relevance to Xen users', description: 'How much a Xen user gains', min: 1, max: 5 },
    { key: 'advice', kind: 'text', name: 'Advice to the speakers', visibility: 'speakers' },
    { key: 'committee_notes', kind: 'text', name: 'Notes for the committee', visibility: 'committee' },
    { key: 'chair_notes', kind: 'text', name: 'For the chairs only', visibility: 'chairs' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    speaker = await t.user('member', { name: 'Keir Fraser', affiliation: 'Citrix' });
    first = await t.user('member', { name: 'Patrick Colp', affiliation: 'University of British Columbia' });
    second = await t.user('member', { name: 'Hitoshi Oi', affiliation: 'University of Aizu' });
    conflicted = await t.user('member', { name: 'Ian Pratt', affiliation: 'Bromium' });
    for (const member of [first, second, conflicted]) await seat(t, s, member);
    await call(as(conflicted).post('/api/conflicts', { userId: speaker.id, note: 'co-author' }), 201);
    talk = await submitTalk(t, s, speaker, { title: 'Live migration across data centres' });
    await assign(t, s, talk.id, first);
    await assign(t, s, talk.id, second);
  });
  afterAll(() => t.close());

  it('lets the chair configure the form and refuses a bad one (422) or a reviewer (403)', async () => {
    const empty = await call(as(s.chair).get(`/api/cfps/${s.cfpId}/review-form`), 200);
    expect(empty).toMatchObject({ fields: [], version: 0 });
    const path = `/api/cfps/${s.cfpId}/review-form`;
    const bad = await call(
      as(s.chair).put(path, {
        version: 0,
        fields: [
          { ...fields[0], min: 5, max: 1 },
          { ...fields[1], key: 'relevance' },
        ],
      }),
      422,
    );
    expect(Object.keys(bad.errors)).toEqual(expect.arrayContaining(['fields.0.max', 'fields.1.key']));
    await call(as(s.chair).put(path, { version: 0, fields: [{ ...fields[1], visibility: 'everyone' }] }), 400);
    await call(as(s.chair).put(path, { version: 0, fields, responseOpensAt: inDays(1) }), 422);
    await call(as(first).put(path, { version: 0, fields }), 403);
    await call(as(speaker).get(path), 404);
    form = await call(
      as(s.chair).put(path, { version: 0, fields, responseOpensAt: inDays(-1), responseClosesAt: inDays(5), responseWordLimit: 20 }),
      200,
    );
    expect(form.fields).toHaveLength(4);
    expect(form.version).toBe(1);
  });

  it('validates answers against the form: unknown field or out of scale is 422', async () => {
    const base = { submissionId: talk.id, score: 1, confidence: 2 };
    const unknown = await call(as(first).post('/api/reviews', { ...base, answers: { novelty: 3 } }), 422);
    expect(unknown.errors).toHaveProperty(['answers.novelty']);
    const out = await call(as(first).post('/api/reviews', { ...base, answers: { relevance: 9 } }), 422);
    expect(out.errors['answers.relevance']).toContain('1 to 5');
  });

  it('keeps a draft to its reviewer: not listed for others, not ranked, then submitted through the machine', async () => {
    const draft = await call(
      as(first).post('/api/reviews', {
        submissionId: talk.id,
        score: -1,
        confidence: 2,
        status: 'draft',
        commentToSpeakers: 'Please show numbers.',
        answers: {
          relevance: 2,
          advice: 'Show the downtime numbers.',
          committee_notes: 'Weak evaluation.',
          chair_notes: 'Knows the speaker.',
        },
      }),
      201,
    );
    expect(draft.status).toBe('draft');
    expect(draft.answers.chair_notes).toBe('Knows the speaker.');
    await call(as(s.chair).get(`/api/reviews/${draft.id}`), 404);
    const ranking = await call(as(s.chair).get(`/api/cfps/${s.cfpId}/ranking`), 200);
    expect(ranking.find((row: any) => row.submissionId === talk.id)).toMatchObject({ reviews: 0, meanScore: null, round: 1 });
    const submitted = await call(as(first).put(`/api/reviews/${draft.id}`, { ...draft, status: 'submitted' }), 200);
    expect(submitted.status).toBe('submitted');
    await call(as(first).put(`/api/reviews/${draft.id}`, { ...submitted, status: 'draft' }), 409);
    const steps = await t.dataSource.query(
      `SELECT action, from_state, to_state FROM audit_log WHERE entity = 'review' AND entity_id = $1 ORDER BY id`,
      [String(draft.id)],
    );
    expect(steps.map((row: any) => row.action)).toEqual(['create', 'submit']);
    expect(steps[1]).toMatchObject({ from_state: 'draft', to_state: 'submitted' });
  });

  it('shows each reader only the answers meant for them', async () => {
    await review(t, second, talk.id, 2, { answers: { relevance: 5, advice: 'Great demo.', chair_notes: 'Strong accept.' } });
    const ofFirst = (list: any) => (list as any[]).find((row) => row.reviewerId === first.id);
    const chairView = await call(
      as(s.chair).get(`/api/reviews?filter=${encodeURIComponent(JSON.stringify({ submissionId: talk.id }))}`),
      200,
    );
    expect(ofFirst(chairView).answers).toEqual({
      relevance: 2,
      advice: 'Show the downtime numbers.',
      committee_notes: 'Weak evaluation.',
      chair_notes: 'Knows the speaker.',
    });
    const memberView = await call(
      as(second).get(`/api/reviews?filter=${encodeURIComponent(JSON.stringify({ submissionId: talk.id }))}`),
      200,
    );
    expect(ofFirst(memberView).answers).toEqual({
      relevance: 2,
      advice: 'Show the downtime numbers.',
      committee_notes: 'Weak evaluation.',
    });
    // A field with answers cannot be removed or narrowed below them (409).
    const path = `/api/cfps/${s.cfpId}/review-form`;
    await call(
      as(s.chair).put(path, {
        version: form.version,
        fields: fields.slice(1),
        responseOpensAt: form.responseOpensAt,
        responseClosesAt: form.responseClosesAt,
      }),
      409,
    );
    await call(as(s.chair).put(path, { version: form.version, fields: [{ ...fields[0], max: 3 }, ...fields.slice(1)] }), 409);
  });

  it('shows the speaker only speaker-visible parts, anonymously', async () => {
    const mine = await call(as(speaker).get(`/api/submissions/${talk.id}/speaker-reviews`), 200);
    expect(mine.window).toMatchObject({ open: true, wordLimit: 20 });
    expect(mine.reviews).toHaveLength(2);
    const text = JSON.stringify(mine);
    for (const secret of ['Weak evaluation', 'Knows the speaker', 'Strong accept', first.name, second.name, 'Solid.', '"score"'])
      expect(text).not.toContain(secret);
    expect(text).toContain('Show the downtime numbers.');
    await call(as(first).get(`/api/submissions/${talk.id}/speaker-reviews`), 404);
  });

  it('takes one response within the word limit and tells the unconflicted reviewers', async () => {
    const long = await call(as(speaker).post(`/api/submissions/${talk.id}/author-response`, { body: 'word '.repeat(21) }), 422);
    expect(long.message).toContain('21 words');
    await call(as(first).post(`/api/submissions/${talk.id}/author-response`, { body: 'Not mine.' }), 404);
    const response = await call(
      as(speaker).post(`/api/submissions/${talk.id}/author-response`, { body: 'We measured 40 ms of downtime across the Atlantic.' }),
      201,
    );
    expect(response.wordCount).toBe(9);
    await call(as(speaker).post(`/api/submissions/${talk.id}/author-response`, { body: 'Again.' }), 409);
    expect((await call(as(first).get(`/api/submissions/${talk.id}/author-response`), 200)).body).toContain('40 ms');
    await call(as(conflicted).get(`/api/submissions/${talk.id}/author-response`), 404);
    expect((await outbox(t, first.email)).some((mail) => mail.subject.includes('answered the reviews'))).toBe(true);
    expect((await outbox(t, conflicted.email)).some((mail) => mail.subject.includes('answered the reviews'))).toBe(false);
    const bell = await call(as(first).get('/api/notifications'), 200);
    expect(JSON.stringify(bell)).toContain('answered the reviews');
  });

  it('keeps the score change in the review history', async () => {
    const [mine] = (await call(
      as(first).get(`/api/reviews?filter=${encodeURIComponent(JSON.stringify({ submissionId: talk.id, reviewerId: first.id }))}`),
      200,
    )) as any[];
    await call(as(first).put(`/api/reviews/${mine.id}`, { ...mine, score: 1 }), 200);
    const history = await call(as(first).get(`/api/reviews/${mine.id}/history`), 200);
    expect(history.map((entry: any) => entry.text)).toEqual(['Review written', 'Draft submitted', 'Score −1 → +1']);
    await call(as(conflicted).get(`/api/reviews/${mine.id}/history`), 404);
  });

  it('refuses a response outside the window (409)', async () => {
    const other = await submitTalk(t, s, speaker, { title: 'Xen on the desktop' });
    const current = await call(as(s.chair).get(`/api/cfps/${s.cfpId}/review-form`), 200);
    await call(
      as(s.chair).put(`/api/cfps/${s.cfpId}/review-form`, { ...current, responseOpensAt: inDays(3), responseClosesAt: inDays(5) }),
      200,
    );
    await call(as(speaker).post(`/api/submissions/${other.id}/author-response`, { body: 'Too early.' }), 409);
    const early = await call(as(speaker).get(`/api/submissions/${other.id}/speaker-reviews`), 200);
    expect(early.reviews).toEqual([]);
  });

  it('sends a borderline talk to round 2, once, with round-2 work and per-round aggregates', async () => {
    const third = await t.user('member', { name: 'Jun Nakajima', affiliation: 'Intel' });
    await seat(t, s, third);
    await call(as(first).post(`/api/cfps/${s.cfpId}/second-round`, { submissionIds: [talk.id] }), 403);
    // A refused new reviewer (conflicted) undoes the whole round: nothing moved, nobody mailed.
    const refused = await call(
      as(s.chair).post(`/api/cfps/${s.cfpId}/second-round`, { submissionIds: [talk.id], reviewerIds: [third.id, conflicted.id] }),
      422,
    );
    expect(refused.errors).toEqual({ reviewerId: 'is conflicted' });
    // The round row may have been made and rolled back with the rest: round 1 either way.
    expect(await t.dataSource.query(`SELECT round FROM review_round WHERE submission_id = $1 AND round > 1`, [talk.id])).toEqual([]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM review_assignment WHERE submission_id = $1 AND reviewer_id = $2`, [talk.id, third.id]),
    ).toEqual([]);
    expect((await outbox(t, second.email)).some((mail) => mail.subject.startsWith('Second review round'))).toBe(false);
    const result = await call(
      as(s.chair).post(`/api/cfps/${s.cfpId}/second-round`, { submissionIds: [talk.id], reviewerIds: [third.id] }),
      200,
    );
    expect(result).toEqual({ moved: [{ submissionId: talk.id, round: 2 }], added: [{ submissionId: talk.id, reviewerId: third.id }] });
    await call(as(s.chair).post(`/api/cfps/${s.cfpId}/second-round`, { submissionIds: [talk.id] }), 409);
    expect((await outbox(t, second.email)).some((mail) => mail.subject.startsWith('Second review round'))).toBe(true);
    const round2 = await review(t, third, talk.id, 0, { answers: { relevance: 3 } });
    expect(round2.round).toBe(2);
    const again = await review(t, second, talk.id, 1);
    expect(again.round).toBe(2);
    const row = (await call(as(s.chair).get(`/api/cfps/${s.cfpId}/ranking`), 200)).find((r: any) => r.submissionId === talk.id);
    expect(row).toMatchObject({ round: 2, reviews: 2, meanScore: 0.5, missingReviews: 1 });
    expect(row.rounds).toEqual([
      { round: 1, reviews: 2, meanScore: 1.5, spread: 1 },
      { round: 2, reviews: 2, meanScore: 0.5, spread: 1 },
    ]);
    const audit = await t.dataSource.query(`SELECT action, from_state, to_state FROM audit_log WHERE entity = 'review_round'`);
    expect(audit).toEqual([{ action: 'send_to_second_round', from_state: 'round_1', to_state: 'round_2' }]);
  });
});
