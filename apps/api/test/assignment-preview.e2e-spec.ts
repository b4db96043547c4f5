import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The chair's preview-then-apply of the optimal assignment: two chairs who previewed the same state and
// apply at once get exactly one assignment written; the other is told the preview is stale.
describe('assignment preview and apply', () => {
  let t: TestApp;
  let s: Summit;
  let secondChair: TestUser;

  const pairs = (rows: Array<{ submissionId: number; reviewerId: number }>) =>
    rows.map((row) => `${row.submissionId}:${row.reviewerId}`).sort();
  const stored = async () =>
    pairs(
      (
        await t.dataSource.query(
          `SELECT a.submission_id AS "submissionId", a.reviewer_id AS "reviewerId"
             FROM review_assignment a JOIN submission s ON s.id = a.submission_id WHERE s.cfp_id = $1`,
          [s.cfpId],
        )
      ).map((row: { submissionId: number; reviewerId: number }) => ({
        submissionId: Number(row.submissionId),
        reviewerId: Number(row.reviewerId),
      })),
    );

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    secondChair = await t.user('member', { name: 'Lars Kurth', affiliation: 'Citrix' });
    await seat(t, s, secondChair, 'chair');
    for (const name of ['Patrick Colp', 'Hitoshi Oi', 'Dan Magenheimer']) await seat(t, s, await t.user('member', { name }));
    for (const title of ['Xen on ARM servers', 'Memory ballooning at scale', 'PV drivers on Windows'])
      await submitTalk(t, s, await t.user('member'), { title });
  });
  afterAll(() => t.close());

  it('writes nothing on preview, and of two chairs applying the same preview at once exactly one wins', async () => {
    const preview = (chair: TestUser) =>
      call(t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(chair)).send({ preview: true, minLoad: 0, maxLoad: 3 }), 200);
    const [mine, theirs] = await Promise.all([preview(s.chair), preview(secondChair)]);
    expect(mine.fingerprint).toBe(theirs.fingerprint);
    expect(mine.added).toHaveLength(6);
    expect(mine.underfilled).toEqual([]);
    expect(await stored()).toEqual([]);

    const apply = (chair: TestUser) =>
      t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(chair)).send({ fingerprint: mine.fingerprint, minLoad: 0, maxLoad: 3 });
    const answers = await Promise.all([apply(s.chair), apply(secondChair)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const won = answers.find((answer) => answer.status === 200)!;
    const lost = answers.find((answer) => answer.status === 409)!;
    expect(lost.body.code).toBe('REVIEW_ASSIGNMENT.PREVIEW_STALE');
    expect(pairs(won.body.added)).toEqual(pairs(mine.added));
    expect(await stored()).toEqual(pairs(mine.added));

    // Previewing again shows the applied assignment as unchanged and nothing left to add.
    const again = await preview(secondChair);
    expect(again.fingerprint).not.toBe(mine.fingerprint);
    expect(again.added).toEqual([]);
    expect(pairs(again.unchanged)).toEqual(pairs(mine.added));
  });

  it('refuses a minimum load above the maximum with the field named', async () => {
    const answer = await t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(s.chair)).send({ preview: true, minLoad: 4, maxLoad: 2 });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({ minLoad: 'is above maxLoad' });
  });
});
