import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outbox, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Issue 14 item 1: the chair opens bidding, committee members bid on the talks they may see (never a
// conflicted one, never with speakers' names under anonymous review), a "conflict" bid becomes a
// declared conflict, and topic interests are set once per committee.
describe('bids and topic interests', () => {
  let t: TestApp;
  let s: Summit;
  let reviewer: TestUser;
  let colleague: TestUser;
  let outsider: TestUser;
  let speaker: TestUser;
  let arm: Record<string, any>;
  let security: Record<string, any>;
  let colleagueTalk: Record<string, any>;

  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const post = (user: TestUser, path: string, body?: unknown) => {
    const request = t.http().post(path).set(bearer(user));
    return body === undefined ? request : request.send(body as object);
  };
  const put = (user: TestUser, path: string, body: unknown) =>
    t
      .http()
      .put(path)
      .set(bearer(user))
      .send(body as object);
  const sheet = async (user: TestUser, extra = '') => {
    const response = await get(user, `/api/bids?cfpId=${s.cfpId}${extra}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response;
  };

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t, { topics: ['ARM', 'Security', 'Storage'] });
    reviewer = await t.user('member', { name: 'Hitoshi Oi', affiliation: 'University of Aizu' });
    colleague = await t.user('member', { name: 'Sang-bum Suh', affiliation: 'Samsung' });
    outsider = await t.user('member', { name: 'Keir Fraser', affiliation: 'Citrix' });
    speaker = await t.user('member', { name: 'Stefano Stabellini', affiliation: 'Citrix' });
    await seat(t, s, reviewer);
    await seat(t, s, colleague, 'reviewer', { affiliation: 'Samsung' });
    arm = await submitTalk(t, s, speaker, { title: 'Xen on ARM servers', topics: ['ARM'] });
    security = await submitTalk(t, s, speaker, { title: 'XSM and FLASK policies', track: 'Security', topics: ['Security'] });
    const samsung = await t.user('member', { name: 'Heechul Kim', affiliation: 'Samsung' });
    colleagueTalk = await submitTalk(t, s, samsung, { title: 'Secure Xen on ARM phones', topics: ['ARM', 'Security'] });
  });
  afterAll(() => t.close());

  it('refuses bids while bidding is closed; only the chair or an organizer opens it, and the committee is told', async () => {
    const closed = await post(reviewer, '/api/bids', { submissionId: arm.id, value: 5 });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('BIDS.BIDDING_CLOSED');
    expect((await post(reviewer, `/api/cfps/${s.cfpId}/open-bidding`, {})).status).toBe(403);
    expect((await post(outsider, `/api/cfps/${s.cfpId}/open-bidding`, {})).status).toBe(404);
    const opened = await call(post(s.chair, `/api/cfps/${s.cfpId}/open-bidding`, {}), 200);
    expect(opened.biddingOpen).toBe(true);
    expect((await post(s.chair, `/api/cfps/${s.cfpId}/open-bidding`, {})).body.code).toBe('BIDS.ALREADY_OPEN');
    expect((await outbox(t, reviewer.email)).map((mail) => mail.subject)).toContain(
      `Bidding has opened: Xen Summit North America ${new Date().getUTCFullYear() + 1}`,
    );
    const bell = await t.dataSource.query(`SELECT link_resource, link_id FROM in_app_notification WHERE user_id = $1`, [reviewer.id]);
    expect(bell).toContainEqual({ link_resource: 'bidding', link_id: s.cfpId });
  });

  it("lists the call's talks without conflicted ones or speakers' names under anonymous review", async () => {
    const response = await sheet(colleague);
    expect(response.headers['content-range']).toBe('bids 0-1/2');
    const titles = response.body.map((row: { title: string }) => row.title);
    // Same affiliation as the colleague's seat: an automatic conflict.
    expect(titles).toEqual(['Xen on ARM servers', 'XSM and FLASK policies']);
    expect(JSON.stringify(response.body)).not.toContain('Stabellini');
    expect(response.body[0]).toMatchObject({ id: arm.id, bid: null, topics: ['ARM'], topicMatch: 0, speakers: [] });
    const mine = await sheet(reviewer);
    expect(mine.body.map((row: { id: number }) => row.id)).toEqual([arm.id, security.id, colleagueTalk.id]);
    expect(JSON.stringify(mine.body)).not.toMatch(/Stabellini|Heechul/);
    // Not searchable by speaker either.
    expect((await sheet(reviewer, `&filter=${encodeURIComponent('{"q":"Stabellini"}')}`)).body).toEqual([]);
  });

  it('shows speakers when review is not anonymous', async () => {
    const open = await t.dataSource.query(`UPDATE cfp SET anonymous_review = false WHERE id = $1`, [s.cfpId]);
    expect(open).toBeDefined();
    try {
      const response = await sheet(reviewer);
      expect(response.body[0].speakers).toEqual([{ name: 'Stefano Stabellini', affiliation: 'Citrix' }]);
    } finally {
      await t.dataSource.query(`UPDATE cfp SET anonymous_review = true WHERE id = $1`, [s.cfpId]);
    }
  });

  it('upserts the caller’s bid within −20…20 and audits each change', async () => {
    expect(await call(post(reviewer, '/api/bids', { submissionId: arm.id, value: 15 }), 200)).toMatchObject({
      id: arm.id,
      submissionId: arm.id,
      reviewerId: reviewer.id,
      value: 15,
      conflict: false,
    });
    expect((await call(post(reviewer, '/api/bids', { submissionId: arm.id, value: -20 }), 200)).value).toBe(-20);
    await call(post(reviewer, '/api/bids', { submissionId: arm.id, value: -20 }), 200);
    const stored = await t.dataSource.query(`SELECT value FROM bid WHERE submission_id = $1 AND reviewer_id = $2`, [arm.id, reviewer.id]);
    expect(stored).toEqual([{ value: -20 }]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'bid' AND actor_id = $1 ORDER BY id`, [
      reviewer.id,
    ]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['create', 'update']);
    for (const value of [21, -21, 100]) {
      const refused = await post(reviewer, '/api/bids', { submissionId: arm.id, value });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('BIDS.VALUE_OUT_OF_RANGE');
      expect(refused.body.errors.value).toBeDefined();
    }
    for (const body of [{ submissionId: arm.id, value: 'high' }, { submissionId: arm.id, value: 1.5 }, { submissionId: arm.id }, {}]) {
      expect((await post(reviewer, '/api/bids', body)).status).toBe(400);
    }
    expect((await post(reviewer, '/api/bids')).status).toBe(400);
    const polluted = await t
      .http()
      .post('/api/bids')
      .set(bearer(reviewer))
      .set('Content-Type', 'application/json')
      .send(`{"submissionId": ${arm.id}, "value": 3, "__proto__": {"admin": true}}`);
    expect(polluted.status).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const response = await sheet(reviewer, `&sort=${encodeURIComponent('["bid","ASC"]')}`);
    expect(response.body[0]).toMatchObject({ id: arm.id, bid: -20 });
  });

  it('answers 404 for a conflicted talk, one outside the caller’s committees, or a missing one', async () => {
    for (const [user, id] of [
      [colleague, colleagueTalk.id],
      [outsider, arm.id],
      [speaker, arm.id],
      [reviewer, 999_999],
    ] as const) {
      const response = await post(user, '/api/bids', { submissionId: id, value: 3 });
      expect(response.status).toBe(404);
    }
    expect((await get(outsider, `/api/bids?cfpId=${s.cfpId}`)).status).toBe(404);
    expect((await get(reviewer, '/api/bids')).status).toBe(400);
  });

  it('turns a "conflict" bid into a declared conflict: the bid goes and the talk leaves the sheet', async () => {
    await call(post(reviewer, '/api/bids', { submissionId: security.id, value: 8 }), 200);
    const declared = await call(post(reviewer, '/api/bids', { submissionId: security.id, value: 'conflict' }), 200);
    expect(declared).toMatchObject({ submissionId: security.id, value: null, conflict: true });
    expect(await t.dataSource.query(`SELECT 1 FROM bid WHERE submission_id = $1 AND reviewer_id = $2`, [security.id, reviewer.id])).toEqual(
      [],
    );
    expect((await sheet(reviewer)).body.map((row: { id: number }) => row.id)).not.toContain(security.id);
    // The chair sees the declaration beside the others, with the talk's title.
    const conflicts = await call(get(s.chair, `/api/conflicts?filter=${encodeURIComponent(`{"reviewerId":${reviewer.id}}`)}`), 200);
    expect(conflicts).toContainEqual(expect.objectContaining({ submissionId: security.id, submissionTitle: 'XSM and FLASK policies' }));
    expect((await post(reviewer, '/api/bids', { submissionId: security.id, value: 3 })).status).toBe(404);
  });

  it('reads and replaces topic interests for seat holders, and the sheet hints the match', async () => {
    const empty = await call(get(reviewer, `/api/topic-interests?committeeId=${s.committeeId}`), 200);
    expect(empty.interests).toEqual([
      { topic: 'ARM', value: 0 },
      { topic: 'Security', value: 0 },
      { topic: 'Storage', value: 0 },
    ]);
    const saved = await call(
      put(reviewer, '/api/topic-interests', {
        committeeId: s.committeeId,
        interests: [
          { topic: 'ARM', value: 2 },
          { topic: 'Storage', value: -1 },
        ],
      }),
      200,
    );
    expect(saved.interests).toContainEqual({ topic: 'ARM', value: 2 });
    const row = (await sheet(reviewer)).body.find((found: { id: number }) => found.id === colleagueTalk.id);
    expect(row).toMatchObject({ topicMatch: 2, matchedTopics: ['ARM'] });
    const byMatch = await sheet(reviewer, `&sort=${encodeURIComponent('["topicMatch","DESC"]')}`);
    expect(byMatch.body[0].topicMatch).toBe(2);
    const unknown = await put(reviewer, '/api/topic-interests', {
      committeeId: s.committeeId,
      interests: [{ topic: 'Cooking', value: 1 }],
    });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'TOPIC_INTERESTS.UNKNOWN_TOPIC']);
    const tooMuch = await put(reviewer, '/api/topic-interests', { committeeId: s.committeeId, interests: [{ topic: 'ARM', value: 3 }] });
    expect(tooMuch.status).toBe(422);
    const twice = await put(reviewer, '/api/topic-interests', {
      committeeId: s.committeeId,
      interests: [
        { topic: 'ARM', value: 1 },
        { topic: 'ARM', value: 2 },
      ],
    });
    expect(twice.status).toBe(400);
    expect((await put(outsider, '/api/topic-interests', { committeeId: s.committeeId, interests: [] })).status).toBe(404);
    expect((await get(outsider, `/api/topic-interests?committeeId=${s.committeeId}`)).status).toBe(404);
    const cleared = await call(put(reviewer, '/api/topic-interests', { committeeId: s.committeeId, interests: [] }), 200);
    expect(cleared.interests.every((interest: { value: number }) => interest.value === 0)).toBe(true);
  });

  it('refuses unsafe sort and filter names', async () => {
    for (const query of [
      `sort=${encodeURIComponent('["__proto__","ASC"]')}`,
      `sort=${encodeURIComponent('["constructor","ASC"]')}`,
      `filter=${encodeURIComponent('{"__proto__":{"x":1}}')}`,
      `filter=${encodeURIComponent('{"constructor":1}')}`,
      `filter=${encodeURIComponent('{"speakerSearch":"x"}')}`,
      `sort=${encodeURIComponent('["speakers","ASC"]')}`,
    ]) {
      const response = await get(reviewer, `/api/bids?cfpId=${s.cfpId}&${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.code).toBe('REQUEST.BAD_LIST_QUERY');
    }
    const filtered = await sheet(reviewer, `&filter=${encodeURIComponent('{"hasBid":true}')}`);
    expect(filtered.body.map((row: { id: number }) => row.id)).toEqual([arm.id]);
  });

  it('closes bidding: later bids are refused with 409', async () => {
    const closed = await call(post(s.chair, `/api/cfps/${s.cfpId}/close-bidding`), 200);
    expect(closed.biddingOpen).toBe(false);
    const refused = await post(reviewer, '/api/bids', { submissionId: arm.id, value: 1 });
    expect([refused.status, refused.body.code]).toEqual([409, 'BIDS.BIDDING_CLOSED']);
    expect((await post(s.chair, `/api/cfps/${s.cfpId}/close-bidding`, {})).body.code).toBe('BIDS.ALREADY_CLOSED');
  });
});
