import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, inDays, outbox, review, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Issue #14's "done when", as the committee lives it: the chair opens bidding, eight reviewers bid,
// the chair previews and applies the optimal assignment, a borderline talk goes to a second round,
// its speaker answers the reviews, the committee discusses it with the conflicted member stepped
// out, and its decision is released with the others.
describe('a committee review from bidding to released decisions', () => {
  let t: TestApp;
  let s: Summit;
  const reviewers: TestUser[] = [];
  const speakers: TestUser[] = [];
  const talks: Array<Record<string, any>> = [];
  let assignment: Array<{ submissionId: number; reviewerId: number }> = [];
  // The talk the committee disagrees on, and the reviewer who bid "conflict" on it.
  let borderline: Record<string, any>;
  let conflicted: TestUser;

  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const post = (user: TestUser, path: string, body: object) => t.http().post(path).set(bearer(user)).send(body);
  const put = (user: TestUser, path: string, body: object) => t.http().put(path).set(bearer(user)).send(body);
  const reviewersOf = (submissionId: number) =>
    assignment.filter((pair) => pair.submissionId === submissionId).map((pair) => pair.reviewerId);
  const reviewer = (id: number) => reviewers.find((candidate) => candidate.id === id)!;

  const titles = [
    'Xen on ARM servers',
    'Memory ballooning at scale',
    'PV drivers on Windows',
    'Live migration across data centres',
    'Removing the PV ABI',
    'PVH dom0 status',
    'Blktap2 and the storage stack',
    'Xen security process',
  ];
  const names = [
    'Patrick Colp',
    'Hitoshi Oi',
    'Dan Magenheimer',
    'Ian Pratt',
    'Sang-bum Suh',
    'Jun Nakajima',
    'Justin Ryan',
    'Keir Fraser',
  ];

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t, { reviewsPerSubmission: 3 });
    for (const [index, name] of names.entries()) {
      const member = await t.user('member', { name, affiliation: `University ${index}` });
      await seat(t, s, member);
      reviewers.push(member);
    }
    for (const [index, title] of titles.entries()) {
      const speaker = await t.user('member', { name: `Speaker ${index}`, affiliation: `Company ${index}` });
      speakers.push(speaker);
      talks.push(await submitTalk(t, s, speaker, { title }));
    }
    borderline = talks[5];
    conflicted = reviewers[0];
  });
  afterAll(() => t.close());

  it('opens bidding, and eight reviewers bid on what they want to read (one declares a conflict)', async () => {
    await call(post(s.chair, `/api/cfps/${s.cfpId}/open-bidding`, {}), 200);
    // Reviewer r wants talks r, r+1 and r+2 (so every talk is wanted by exactly three) and does not
    // want r+4; reviewer 0 is conflicted with the borderline talk (talk 5), which it never wanted.
    for (const [r, member] of reviewers.entries()) {
      const sheet = await call(get(member, `/api/bids?cfpId=${s.cfpId}`), 200);
      expect(sheet.map((row: { title: string }) => row.title).sort()).toEqual([...titles].sort());
      expect(JSON.stringify(sheet)).not.toMatch(/Speaker \d/);
      for (const offset of [0, 1, 2]) await call(post(member, '/api/bids', { submissionId: talks[(r + offset) % 8].id, value: 20 }), 200);
      await call(post(member, '/api/bids', { submissionId: talks[(r + 4) % 8].id, value: -20 }), 200);
    }
    await call(post(conflicted, '/api/bids', { submissionId: borderline.id, value: 'conflict' }), 200);
    const after = await call(get(conflicted, `/api/bids?cfpId=${s.cfpId}`), 200);
    expect(after.map((row: { id: number }) => row.id)).not.toContain(borderline.id);
    // From now on the conflicted reviewer cannot bid on it, nor read it.
    expect((await post(conflicted, '/api/bids', { submissionId: borderline.id, value: 5 })).status).toBe(404);
    expect((await get(conflicted, `/api/submissions/${borderline.id}`)).status).toBe(404);
  });

  it('previews the optimal assignment, then applies exactly that preview', async () => {
    const bounds = { minLoad: 2, maxLoad: 4 };
    const preview = await call(post(s.chair, `/api/cfps/${s.cfpId}/assign`, { preview: true, ...bounds }), 200);
    expect(preview.underfilled).toEqual([]);
    expect(preview.removed).toEqual([]);
    // Nothing is written by a preview.
    expect(await t.dataSource.query(`SELECT 1 FROM review_assignment`)).toEqual([]);
    const applied = await call(post(s.chair, `/api/cfps/${s.cfpId}/assign`, { fingerprint: preview.fingerprint, ...bounds }), 200);
    assignment = applied.added;
    expect(assignment.map((pair) => `${pair.submissionId}:${pair.reviewerId}`).sort()).toEqual(
      preview.added.map((pair: { submissionId: number; reviewerId: number }) => `${pair.submissionId}:${pair.reviewerId}`).sort(),
    );
    // Every talk has its three reviewers, nobody is overloaded, and the bids were honoured: the +20
    // wishes fit exactly, so the optimum gives each reviewer their three and none of their −20s.
    for (const talk of talks) expect(reviewersOf(talk.id)).toHaveLength(3);
    for (const [r, member] of reviewers.entries()) {
      const mine = assignment.filter((pair) => pair.reviewerId === member.id).map((pair) => pair.submissionId);
      expect(mine.length).toBeLessThanOrEqual(bounds.maxLoad);
      expect(mine.sort()).toEqual([0, 1, 2].map((offset) => talks[(r + offset) % 8].id).sort());
    }
    expect(reviewersOf(borderline.id)).not.toContain(conflicted.id);
    // Applying the same preview twice is refused: it is stale now.
    const again = await post(s.chair, `/api/cfps/${s.cfpId}/assign`, { fingerprint: preview.fingerprint, ...bounds });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REVIEW_ASSIGNMENT.PREVIEW_STALE');
  });

  it('sends the borderline talk to a second round after the committee disagrees on it', async () => {
    for (const talk of talks) {
      const scores = talk.id === borderline.id ? [2, -2, 0] : [2, 1, 2];
      for (const [index, id] of reviewersOf(talk.id).entries())
        await review(t, reviewer(id), talk.id, scores[index], { commentToSpeakers: `Review ${index + 1} of "${talk.title}".` });
    }
    const ranking = await call(get(s.chair, `/api/cfps/${s.cfpId}/ranking`), 200);
    const disputed = ranking.find((row: { submissionId: number }) => row.submissionId === borderline.id);
    expect(disputed).toMatchObject({ reviews: 3, spread: 4, round: 1 });
    const second = await call(post(s.chair, `/api/cfps/${s.cfpId}/second-round`, { submissionIds: [borderline.id] }), 200);
    expect(second.moved).toEqual([{ submissionId: borderline.id, round: 2 }]);
    for (const id of reviewersOf(borderline.id))
      expect((await outbox(t, reviewer(id).email)).some((mail) => mail.subject.startsWith('Second review round'))).toBe(true);
  });

  it('lets its speaker read the reviews and answer once within the word limit; reviewers revise their score', async () => {
    const form = await call(get(s.chair, `/api/cfps/${s.cfpId}/review-form`), 200);
    await call(
      put(s.chair, `/api/cfps/${s.cfpId}/review-form`, {
        version: form.version,
        fields: [],
        responseOpensAt: inDays(-1),
        responseClosesAt: inDays(3),
        responseWordLimit: 30,
      }),
      200,
    );
    const speaker = speakers[5];
    const shown = await call(get(speaker, `/api/submissions/${borderline.id}/speaker-reviews`), 200);
    expect(JSON.stringify(shown)).toContain(`Review 2 of \\"${borderline.title}\\".`);
    const path = `/api/submissions/${borderline.id}/author-response`;
    expect((await post(speaker, path, { body: 'word '.repeat(31) })).status).toBe(422);
    expect((await post(speakers[0], path, { body: 'Not my talk.' })).status).toBe(404);
    await call(post(speaker, path, { body: 'The downtime numbers are in the second half of the slides; we measured 40 ms.' }), 201);
    expect((await post(speaker, path, { body: 'And one more thing.' })).status).toBe(409);

    // The harshest reviewer reads the response and raises their score; the history keeps both.
    const [harshId] = reviewersOf(borderline.id).filter((id, index) => index === 1);
    const harsh = reviewer(harshId);
    expect((await call(get(harsh, path), 200)).body).toContain('40 ms');
    const visible = await call(
      get(harsh, `/api/reviews?filter=${encodeURIComponent(JSON.stringify({ submissionId: borderline.id }))}`),
      200,
    );
    const mine = visible.find((row: { reviewerId: number }) => row.reviewerId === harsh.id);
    const revised = await call(put(harsh, `/api/reviews/${mine.id}`, { ...mine, score: 1 }), 200);
    expect(revised.score).toBe(1);
    const history = await call(get(harsh, `/api/reviews/${mine.id}/history`), 200);
    expect(history.map((entry: { text: string }) => entry.text)).toEqual(['Review written', 'Score −2 → +1']);
    // The same steps as data, for a client that says them in its reader's language.
    expect(history.map((entry: { action: string; changes: unknown[] }) => [entry.action, entry.changes])).toEqual([
      ['create', []],
      ['update', [{ field: 'score', from: -2, to: 1 }]],
    ]);
  });

  it('discusses it without the conflicted member, who is told to step out of the meeting', async () => {
    const [first] = reviewersOf(borderline.id);
    await call(post(reviewer(first), `/api/submissions/${borderline.id}/comments`, { body: 'The response answers my doubt.' }), 201);
    expect(await call(get(s.chair, `/api/submissions/${borderline.id}/comments`), 200)).toHaveLength(1);
    expect((await get(conflicted, `/api/submissions/${borderline.id}/comments`)).status).toBe(404);
    // The speaker reads only what the chair shares with speakers: nothing yet.
    expect(JSON.stringify((await get(speakers[5], `/api/submissions/${borderline.id}/comments`)).body)).not.toContain('my doubt');

    const ordered = await call(post(s.chair, `/api/cfps/${s.cfpId}/meeting/order`, { mode: 'spread' }), 200);
    expect(ordered.items[0].submissionId).toBe(borderline.id);
    const away = await call(get(conflicted, `/api/cfps/${s.cfpId}/meeting/current`), 200);
    expect(away).toMatchObject({ stepOut: true, submission: null, reviews: [] });
    expect(JSON.stringify(away)).not.toContain(borderline.title);
    const present = await call(get(reviewer(first), `/api/cfps/${s.cfpId}/meeting/current`), 200);
    expect(present).toMatchObject({ stepOut: false, position: 0 });
    expect(present.submission.title).toBe(borderline.title);
  });

  it('records the decisions live, staged until the chair releases them with the others', async () => {
    for (const talk of talks) {
      const current = await call(get(s.chair, `/api/submissions/${talk.id}`), 200);
      await call(post(s.chair, `/api/submissions/${talk.id}/decide`, { decision: 'accept', version: current.version }), 200);
    }
    expect((await call(get(speakers[5], `/api/submissions/${borderline.id}`), 200)).status).toBe('in_review');
    await call(post(s.chair, `/api/cfps/${s.cfpId}/release-decisions`, {}), 200);
    for (const [index, talk] of talks.entries())
      expect((await call(get(speakers[index], `/api/submissions/${talk.id}`), 200)).status).toBe('accepted');
    expect((await outbox(t, speakers[5].email)).some((mail) => mail.body.includes(borderline.title))).toBe(true);
  });
});
