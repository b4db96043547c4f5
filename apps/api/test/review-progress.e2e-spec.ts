import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CfpReviewProgress } from '@summitdesk/contracts';
import { assign, call, review, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The dashboard's CfP progress card: reviews done and missing per reviewer, for the calls the
// viewer chairs, without the submissions the viewer is conflicted on.
describe('CfP review progress', () => {
  let t: TestApp;
  let s: Summit;
  let other: Summit;
  let first: TestUser;
  let second: TestUser;
  let coChair: TestUser;

  const progress = async (user: TestUser) =>
    (await call(t.http().get('/api/review-assignments/progress').set(bearer(user)), 200)) as unknown as CfpReviewProgress[];
  const counts = (rows: CfpReviewProgress[], cfpId: number) =>
    Object.fromEntries((rows.find((row) => row.id === cfpId)?.reviewers ?? []).map((r) => [r.name, [r.done, r.missing]]));

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    other = await setUpSummit(t);
    first = await t.user('member', { name: 'Progress First', affiliation: 'Alpha' });
    second = await t.user('member', { name: 'Progress Second', affiliation: 'Beta' });
    coChair = await t.user('member', { name: 'Progress CoChair', affiliation: 'Gamma' });
    const speaker = await t.user('member', { name: 'Progress Speaker', affiliation: 'Delta' });
    const colleague = await t.user('member', { name: 'Progress Colleague', affiliation: 'Epsilon' });
    for (const member of [first, second]) await seat(t, s, member);
    await seat(t, s, coChair, 'chair');
    const talk = await submitTalk(t, s, speaker, { title: 'Progress talk one' });
    const conflicted = await submitTalk(t, s, colleague, { title: 'Progress talk two' });
    await call(t.http().post('/api/conflicts').set(bearer(coChair)).send({ userId: colleague.id, note: 'same team' }), 201);
    await assign(t, s, talk.id, first);
    await assign(t, s, conflicted.id, first);
    await assign(t, s, talk.id, second);
    await review(t, first, talk.id);
  });
  afterAll(() => t.close());

  it('counts each reviewer’s done and missing reviews, with the deadline in the call’s zone', async () => {
    const rows = await progress(s.chair);
    const row = rows.find((candidate) => candidate.id === s.cfpId)!;
    expect(row).toMatchObject({ timeZone: 'America/Los_Angeles', title: 'Call for presentations' });
    expect(new Date(row.reviewClosesAt).getTime()).toBeGreaterThan(Date.now());
    expect(counts(rows, s.cfpId)).toEqual({ 'Progress First': [1, 1], 'Progress Second': [0, 1] });
    expect(counts(await progress(s.organizer), s.cfpId)).toEqual({ 'Progress First': [1, 1], 'Progress Second': [0, 1] });
  });

  it('leaves out what a conflicted chair may not see', async () => {
    expect(counts(await progress(coChair), s.cfpId)).toEqual({ 'Progress First': [1, 0], 'Progress Second': [0, 1] });
  });

  it('shows a chair only their own calls, and a reviewer none', async () => {
    expect((await progress(other.chair)).map((row) => row.id)).toEqual([other.cfpId]);
    expect(await progress(first)).toEqual([]);
  });
});
