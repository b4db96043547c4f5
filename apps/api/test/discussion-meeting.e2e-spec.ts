import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, outbox, review, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Issue 14 items 4, 6, 7: the committee's discussion (who reads, who is told, what reaches the
// speaker), the meeting (its order, and conflicted members stepping out) and the fairness signals.
describe('discussion, committee meeting and fairness', () => {
  let t: TestApp;
  let s: Summit;
  let speaker: TestUser;
  let colleague: TestUser;
  let first: TestUser;
  let second: TestUser;
  let harsh: TestUser;
  let outsider: TestUser;
  let conflictedOrganizer: TestUser;
  let talk: Record<string, any>;
  let disputed: Record<string, any>;
  let middling: Record<string, any>;
  let comment: Record<string, any>;

  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const post = (user: TestUser, path: string, body: unknown = {}) =>
    t
      .http()
      .post(path)
      .set(bearer(user))
      .send(body as object);
  const bell = async (user: TestUser) =>
    (await t.dataSource.query(`SELECT title FROM in_app_notification WHERE user_id = $1 ORDER BY id`, [user.id])) as Array<{
      title: string;
    }>;

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    speaker = await t.user('member', { name: 'Heechul Kim', affiliation: 'Samsung' });
    colleague = await t.user('member', { name: 'Sang-bum Suh', affiliation: 'Samsung' });
    first = await t.user('member', { name: 'Patrick Colp', affiliation: 'University of British Columbia' });
    second = await t.user('member', { name: 'Hitoshi Oi', affiliation: 'University of Aizu' });
    harsh = await t.user('member', { name: 'Ian Pratt', affiliation: 'Bromium' });
    outsider = await t.user('member', { name: 'Keir Fraser', affiliation: 'Citrix' });
    conflictedOrganizer = await t.user('organizer', { name: 'Lars Kurth', affiliation: 'Linux Foundation' });
    for (const member of [colleague, first, second, harsh]) await seat(t, s, member);
    // Conflicts bind organizers too: this one declares a conflict with the speaker.
    await call(post(conflictedOrganizer, '/api/conflicts', { userId: speaker.id, note: 'same team' }), 201);
    talk = await submitTalk(t, s, speaker, { title: 'Memory ballooning at scale' });
    const other = await t.user('member', { name: 'Wei Liu', affiliation: 'Amazon' });
    const third = await t.user('member', { name: 'Roger Pau Monné', affiliation: 'Citrix' });
    disputed = await submitTalk(t, s, other, { title: 'Removing the PV ABI' });
    middling = await submitTalk(t, s, third, { title: 'PVH dom0 status' });
    for (const reviewer of [first, second, harsh]) await assign(t, s, talk.id, reviewer);
    for (const id of [disputed.id, middling.id]) for (const reviewer of [first, second, harsh]) await assign(t, s, id, reviewer);
  });
  afterAll(() => t.close());

  it('lets a reviewer read or post only after their own review; chairs always', async () => {
    const before = await get(first, `/api/submissions/${talk.id}/comments`);
    expect(before.status).toBe(403);
    expect(before.body.code).toBe('DISCUSSION.REVIEW_FIRST');
    expect((await post(first, `/api/submissions/${talk.id}/comments`, { body: 'Too early' })).status).toBe(403);
    expect(await call(get(s.chair, `/api/submissions/${talk.id}/comments`), 200)).toEqual([]);
    await review(t, first, talk.id, 2);
    comment = await call(post(first, `/api/submissions/${talk.id}/comments`, { body: 'Strong talk; the numbers convince me.' }), 201);
    expect(comment).toMatchObject({ authorName: 'Patrick Colp', visibleToSpeakers: false, mine: true, version: 1 });
    expect(await call(get(s.chair, `/api/submissions/${talk.id}/comments`), 200)).toHaveLength(1);
    expect((await post(s.chair, `/api/submissions/${talk.id}/comments`, { body: '  ' })).status).toBe(400);
    const polluted = await t
      .http()
      .post(`/api/submissions/${talk.id}/comments`)
      .set(bearer(s.chair))
      .set('Content-Type', 'application/json')
      .send('{"body":"x","__proto__":{"admin":true}}');
    expect(polluted.status).toBe(400);
  });

  it('hides the thread from conflicted people, organizers included, and from outsiders (404)', async () => {
    for (const user of [colleague, conflictedOrganizer, outsider]) {
      expect((await get(user, `/api/submissions/${talk.id}/comments`)).status).toBe(404);
      expect((await post(user, `/api/submissions/${talk.id}/comments`, { body: 'Let me in' })).status).toBe(404);
      expect((await t.http().put(`/api/discussion-comments/${comment.id}`).set(bearer(user)).send({ body: 'x', version: 1 })).status).toBe(
        404,
      );
      expect((await get(user, `/api/submissions/${talk.id}/mentionable`)).status).toBe(404);
    }
    expect(await call(get(s.organizer, `/api/submissions/${talk.id}/comments`), 200)).toHaveLength(1);
  });

  it('never names the speaker to the committee, and offers the whole roster to mention', async () => {
    const roster = (await call(get(first, `/api/submissions/${talk.id}/mentionable`), 200)) as unknown as Array<{ name: string }>;
    expect(roster.map((member) => member.name)).toEqual(
      expect.arrayContaining(['Anil Madhavapeddy', 'Hitoshi Oi', 'Ian Pratt', 'Sang-bum Suh', 'Patrick Colp']),
    );
    const text = JSON.stringify([roster, await call(get(first, `/api/submissions/${talk.id}/comments`), 200)]);
    expect(text).not.toContain('Heechul Kim');
    expect(text).not.toContain(speaker.email);
  });

  it('tells mentioned members by mail and in-app, but never a conflicted one', async () => {
    await call(
      post(first, `/api/submissions/${talk.id}/comments`, {
        body: '@Anil Madhavapeddy can we accept? @Sang-bum Suh and @Hitoshi Oi, your view?',
      }),
      201,
    );
    const chairMail = (await outbox(t, s.chair.email)).filter((mail) => mail.subject.includes('mentioned you'));
    expect(chairMail).toHaveLength(1);
    expect(chairMail[0].subject).toBe('Patrick Colp mentioned you in the discussion of "Memory ballooning at scale"');
    expect(chairMail[0].body).toContain('can we accept?');
    expect((await bell(s.chair)).map((row) => row.title)).toContain(chairMail[0].subject);
    // Not reviewed yet: told of the mention, not what was said.
    const secondMail = (await outbox(t, second.email)).filter((mail) => mail.subject.includes('mentioned you'));
    expect(secondMail).toHaveLength(1);
    expect(secondMail[0].body).not.toContain('can we accept?');
    expect((await outbox(t, colleague.email)).filter((mail) => mail.subject.includes('mentioned'))).toEqual([]);
    expect((await bell(colleague)).filter((row) => row.title.includes('mentioned'))).toEqual([]);
  });

  it('shows speakers only what the chair shares, without its author, and never mails them the rest', async () => {
    expect(await call(get(speaker, `/api/submissions/${talk.id}/comments`), 200)).toEqual([]);
    expect((await post(speaker, `/api/submissions/${talk.id}/comments`, { body: 'Hello' })).status).toBe(403);
    expect(
      (await post(first, `/api/discussion-comments/${comment.id}/speaker-visibility`, { visibleToSpeakers: true, version: 1 })).status,
    ).toBe(403);
    const shared = await call(
      post(s.chair, `/api/discussion-comments/${comment.id}/speaker-visibility`, { visibleToSpeakers: true, version: 1 }),
      200,
    );
    expect(shared).toMatchObject({ visibleToSpeakers: true, version: 2 });
    const seen = (await call(get(speaker, `/api/submissions/${talk.id}/comments`), 200)) as unknown as Array<Record<string, unknown>>;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ body: 'Strong talk; the numbers convince me.', authorName: 'Program committee', authorId: null });
    const speakerMail = JSON.stringify(await outbox(t, speaker.email));
    expect(speakerMail).not.toContain('can we accept');
    expect(speakerMail).not.toContain('numbers convince');
  });

  it('lets the author edit (409 when stale) and only a chair delete, with history', async () => {
    const edit = (user: TestUser, version: number) =>
      t.http().put(`/api/discussion-comments/${comment.id}`).set(bearer(user)).send({ body: 'Strong talk; convincing numbers.', version });
    await review(t, second, talk.id, 1);
    expect((await edit(second, 2)).status).toBe(403);
    expect(await call(edit(first, 2), 200)).toMatchObject({ version: 3, body: 'Strong talk; convincing numbers.' });
    const stale = await edit(first, 2);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('RECORD.STALE_VERSION');
    expect((await t.http().delete(`/api/discussion-comments/${comment.id}`).set(bearer(first))).status).toBe(403);
    expect(await call(t.http().delete(`/api/discussion-comments/${comment.id}`).set(bearer(s.chair)), 200)).toEqual({
      id: comment.id,
      deleted: true,
    });
    expect((await t.http().delete(`/api/discussion-comments/${comment.id}`).set(bearer(s.chair))).status).toBe(404);
    const history = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity = 'discussion_comment' AND entity_id = $1 ORDER BY id`,
      [String(comment.id)],
    );
    expect(history.map((row: { action: string }) => row.action)).toEqual(['create', 'share_with_speakers', 'update', 'delete']);
  });

  it('keeps the discussion’s history from a conflicted organizer in the audit log', async () => {
    const audit = (user: TestUser) =>
      get(user, `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ entity: 'discussion_comment' }))}&range=[0,499]`);
    const about = (rows: Array<{ note: string }>) => rows.filter((row) => row.note === `submission ${talk.id}`);
    const stored = await t.dataSource.query(`SELECT id FROM audit_log WHERE entity = 'discussion_comment' AND note = $1`, [
      `submission ${talk.id}`,
    ]);
    expect(stored.length).toBeGreaterThanOrEqual(4);
    expect(about((await call(audit(s.organizer), 200)) as unknown as Array<{ note: string }>)).toHaveLength(stored.length);
    expect(about((await call(audit(conflictedOrganizer), 200)) as unknown as Array<{ note: string }>)).toEqual([]);
    // Nor by the comment's own id.
    const byId = await call(
      get(
        conflictedOrganizer,
        `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ entity: 'discussion_comment', entityId: String(comment.id) }))}`,
      ),
      200,
    );
    expect(byId).toEqual([]);
  });

  it('orders the meeting by score, spread or hand, and tells a conflicted member to step out', async () => {
    await review(t, first, disputed.id, -2);
    await review(t, second, disputed.id, 2);
    await review(t, harsh, disputed.id, -2);
    await review(t, first, middling.id, 0);
    await review(t, second, middling.id, 1);
    await review(t, harsh, middling.id, -2);
    expect((await t.http().post(`/api/cfps/${s.cfpId}/meeting/order`).set(bearer(first)).send({ mode: 'score' })).status).toBe(403);
    expect((await t.http().post(`/api/cfps/${s.cfpId}/meeting/order`).set(bearer(outsider)).send({ mode: 'score' })).status).toBe(404);
    const byScore = await call(t.http().post(`/api/cfps/${s.cfpId}/meeting/order`).set(bearer(s.chair)).send({ mode: 'score' }), 200);
    expect(byScore.items.map((item: { submissionId: number }) => item.submissionId)).toEqual([talk.id, middling.id, disputed.id]);
    const bySpread = await call(t.http().post(`/api/cfps/${s.cfpId}/meeting/order`).set(bearer(s.chair)).send({ mode: 'spread' }), 200);
    expect(bySpread.items.map((item: { spread: number }) => item.spread)).toEqual([4, 3, 1]);
    const byHand = await call(
      t
        .http()
        .post(`/api/cfps/${s.cfpId}/meeting/order`)
        .set(bearer(s.chair))
        .send({ mode: 'hand', submissionIds: [middling.id], version: bySpread.version }),
      200,
    );
    expect(byHand.items.map((item: { submissionId: number }) => item.submissionId)).toEqual([middling.id, talk.id, disputed.id]);
    expect((await get(s.chair, `/api/cfps/${s.cfpId}/meeting`)).body.mode).toBe('hand');
    const stale = await post(s.chair, `/api/cfps/${s.cfpId}/meeting/move`, { to: 'next', version: bySpread.version });
    expect(stale.status).toBe(409);
    expect((await post(first, `/api/cfps/${s.cfpId}/meeting/move`, { to: 'next', version: byHand.version })).status).toBe(403);
    const moved = await call(post(s.chair, `/api/cfps/${s.cfpId}/meeting/move`, { to: 'next', version: byHand.version }), 200);
    expect(moved.position).toBe(1);

    const now = await call(get(first, `/api/cfps/${s.cfpId}/meeting/current`), 200);
    expect(now).toMatchObject({ stepOut: false, position: 1, total: 3 });
    expect(now.submission.title).toBe('Memory ballooning at scale');
    expect(now.reviews.map((r: { score: number }) => r.score).sort()).toEqual([1, 2]);
    expect(JSON.stringify(now)).not.toContain('Heechul Kim');
    for (const user of [colleague, conflictedOrganizer]) {
      const away = await call(get(user, `/api/cfps/${s.cfpId}/meeting/current`), 200);
      expect(away).toMatchObject({ stepOut: true, message: 'Step out: you are conflicted on this talk', submission: null, reviews: [] });
      expect(JSON.stringify(away)).not.toContain('ballooning');
      const agenda = await call(get(user, `/api/cfps/${s.cfpId}/meeting`), 200);
      expect(agenda.items[1]).toMatchObject({ conflicted: true, submissionId: null, title: null });
      expect(JSON.stringify(agenda)).not.toContain('ballooning');
    }
    expect((await get(outsider, `/api/cfps/${s.cfpId}/meeting/current`)).status).toBe(404);

    // The chair decides live through the existing route; it stays staged until released.
    const decided = await call(
      post(s.chair, `/api/submissions/${talk.id}/decide`, { decision: 'accept', version: now.submission.version }),
      200,
    );
    expect(decided.pendingDecision).toBe('accept');
    expect((await get(s.chair, `/api/cfps/${s.cfpId}/meeting`)).body.items[1].pendingDecision).toBe('accept');
    expect((await get(speaker, `/api/submissions/${talk.id}`)).body.status).toBe('in_review');
  });

  it('shows the chair each reviewer’s leaning, the missing reviews and the disputed talks', async () => {
    expect((await get(first, `/api/cfps/${s.cfpId}/fairness`)).status).toBe(404);
    const signals = await call(get(s.chair, `/api/cfps/${s.cfpId}/fairness`), 200);
    // Scores: talk 2, 1; disputed −2, 2, −2; middling 0, 1, −2 → mean 0 over eight.
    expect(signals.committee).toEqual({ count: 8, mean: 0, stdev: 1.66 });
    const row = (user: TestUser) => signals.reviewers.find((r: { reviewerId: number }) => r.reviewerId === user.id);
    expect(row(first)).toMatchObject({ count: 3, mean: 0, stdev: 1.63, leaning: null, missing: 0 });
    expect(row(second)).toMatchObject({ count: 3, mean: 1.33, stdev: 0.47, leaning: 'lenient', missing: 0 });
    expect(row(harsh)).toMatchObject({
      count: 2,
      mean: -2,
      stdev: 0,
      leaning: 'harsh',
      missing: 1,
      missingTitles: ['Memory ballooning at scale'],
    });
    expect(
      signals.submissions.map((r: { submissionId: number; spread: number; disagreement: boolean }) => [
        r.submissionId,
        r.spread,
        r.disagreement,
      ]),
    ).toEqual([
      [disputed.id, 4, true],
      [middling.id, 3, true],
      [talk.id, 1, false],
    ]);
    // The conflicted organizer's numbers leave the talk they are conflicted on out.
    const theirs = await call(get(conflictedOrganizer, `/api/cfps/${s.cfpId}/fairness`), 200);
    expect(theirs.committee).toEqual({ count: 6, mean: -0.5, stdev: 1.61 });
    expect(JSON.stringify(theirs)).not.toContain('ballooning');
  });

  it('queues one reminder a day per reviewer with missing reviews', async () => {
    expect((await post(first, `/api/cfps/${s.cfpId}/fairness/reminders`, { reviewerId: harsh.id })).status).toBe(404);
    const none = await post(s.chair, `/api/cfps/${s.cfpId}/fairness/reminders`, { reviewerId: first.id });
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('FAIRNESS.NOTHING_MISSING');
    expect(await call(post(s.chair, `/api/cfps/${s.cfpId}/fairness/reminders`, { reviewerId: harsh.id }), 200)).toMatchObject({
      missing: 1,
    });
    const mails = (await outbox(t, harsh.email)).filter((mail) => mail.subject.startsWith('A reminder'));
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('Memory ballooning at scale');
    const again = await post(s.organizer, `/api/cfps/${s.cfpId}/fairness/reminders`, { reviewerId: harsh.id });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('FAIRNESS.REMINDED_RECENTLY');
    expect(again.body.errors.reviewerId).toMatch(/^was reminded at .* next possible after /);
    await t.dataSource.query(`UPDATE review_reminder SET sent_at = now() - interval '25 hours' WHERE reviewer_id = $1`, [harsh.id]);
    await call(post(s.chair, `/api/cfps/${s.cfpId}/fairness/reminders`, { reviewerId: harsh.id }), 200);
    expect((await outbox(t, harsh.email)).filter((mail) => mail.subject.startsWith('A reminder'))).toHaveLength(2);
  });
});
