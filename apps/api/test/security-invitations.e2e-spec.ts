import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, mailedToken, outbox, seat, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

type Speaker = { userId: number | null; status: string; email?: string };

describe('co-speaker invitations: single-use links for verified accounts, speakers matched by user id', () => {
  let t: TestApp;
  let s: Summit;
  let speaker: TestUser;
  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const post = (user: TestUser | { token: string }, path: string, body: object = {}) => t.http().post(path).set(bearer(user)).send(body);
  const mine = (user: TestUser) => get(user, `/api/submissions?filter=${encodeURIComponent(JSON.stringify({ mine: true }))}`);

  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT: '1000', INVITATIONS_PER_SUBMISSION_PER_DAY: '3', INVITATIONS_PER_MEMBER_PER_DAY: '5' });
    s = await setUpSummit(t);
    speaker = await t.user('member', { name: 'Pasi Kärkkäinen' });
  });
  afterAll(() => t.close());

  // The attack of finding 4: an invited address that has no account yet is registered by someone else.
  it('gives nothing to whoever registers an invited address: no talk, no "my talks", no way to accept', async () => {
    const talk = await submitTalk(t, s, speaker, { title: 'Grant tables', coSpeakerEmails: ['konrad@oracle.example'] });
    const registered = await t
      .http()
      .post('/api/auth/register')
      .send({ email: 'Konrad@Oracle.example', name: 'Not Konrad', password: 'squatting-on-someone-elses-name' });
    expect(registered.status).toBe(201);
    const login = await call(
      t.http().post('/api/auth/login').send({ email: 'konrad@oracle.example', password: 'squatting-on-someone-elses-name' }),
      200,
    );
    const squatter = { id: registered.body.user.id, token: login.accessToken as string } as TestUser;
    expect((await get(squatter, `/api/submissions/${talk.id}`)).status).toBe(404);
    expect((await mine(squatter)).body).toEqual([]);
    expect((await get(squatter, '/api/submissions')).body).toEqual([]);
    // Even holding the real link (say, read over a shoulder), an unverified account cannot use it.
    const token = await mailedToken(t, 'konrad@oracle.example', '/invitations/accept');
    const refused = await post(squatter, '/api/submissions/invitations/accept', { token });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.EMAIL_NOT_VERIFIED');
    const rows = await t.dataSource.query(`SELECT user_id, status FROM submission_speaker WHERE submission_id = $1 ORDER BY position`, [
      talk.id,
    ]);
    expect(rows).toEqual([
      { user_id: speaker.id, status: 'accepted' },
      { user_id: null, status: 'invited' },
    ]);
  });

  it('lets the holder of the link accept it once with a verified account, which is then matched by id', async () => {
    const talk = await submitTalk(t, s, speaker, { title: 'Live patching', coSpeakerEmails: ['dan@work.example'] });
    const [mail] = await outbox(t, 'dan@work.example');
    expect(mail.body).toMatch(/\/invitations\/accept\?token=/);
    expect(mail.body).not.toMatch(/register with it/);
    const token = await mailedToken(t, 'dan@work.example', '/invitations/accept');
    // Dan signs in with the account he has, under another address.
    const dan = await t.user('member', { name: 'Dan Magenheimer', affiliation: 'Oracle', email: 'dan@home.example' });
    expect(await call(post(dan, '/api/submissions/invitations/show', { token }), 200)).toMatchObject({
      title: 'Live patching',
      invitedBy: 'Pasi Kärkkäinen',
      email: 'dan@work.example',
      status: 'pending',
    });
    expect(await call(post(dan, '/api/submissions/invitations/accept', { token }), 200)).toEqual({
      submissionId: talk.id,
      answer: 'accepted',
    });
    const seen = await call(get(dan, `/api/submissions/${talk.id}`), 200);
    expect(seen.viewerRole).toBe('speaker');
    expect(seen.speakers.map((sp: Speaker) => [sp.userId, sp.status])).toEqual([
      [speaker.id, 'accepted'],
      [dan.id, 'accepted'],
    ]);
    expect((await mine(dan)).body.map((row: { id: number }) => row.id)).toEqual([talk.id]);
    // He can now act as a speaker; the link is spent for everyone.
    expect(
      (
        await t
          .http()
          .put(`/api/submissions/${talk.id}`)
          .set(bearer(dan))
          .send({ ...seen, abstract: 'Co-written' })
      ).status,
    ).toBe(200);
    expect((await post(dan, '/api/submissions/invitations/accept', { token })).status).toBe(409);
    expect((await post(dan, '/api/submissions/invitations/decline', { token })).status).toBe(409);
    expect((await post(await t.user('member'), '/api/submissions/invitations/accept', { token })).status).toBe(409);
    expect(await call(post(dan, '/api/submissions/invitations/show', { token }), 200)).toMatchObject({ status: 'accepted' });
    const [row] = await t.dataSource.query(`SELECT answer, answered_by_id, token_hash FROM speaker_invitation WHERE submission_id = $1`, [
      talk.id,
    ]);
    expect(row).toMatchObject({ answer: 'accepted', answered_by_id: dan.id });
    expect(row.token_hash).not.toContain(token);
    // Whoever registers the invited address later gains nothing.
    const later = await t.user('member', { email: 'dan@work.example' });
    expect((await get(later, `/api/submissions/${talk.id}`)).status).toBe(404);
  });

  it('makes an accepted co-speaker conflicted, so the chair cannot assign them', async () => {
    const reviewer = await t.user('member', { name: 'Jose Renato G Santos' });
    await seat(t, s, reviewer);
    const talk = await submitTalk(t, s, speaker, { title: 'Netchannel2', coSpeakerEmails: ['jose@hp.example'] });
    await call(
      post(reviewer, '/api/submissions/invitations/accept', { token: await mailedToken(t, 'jose@hp.example', '/invitations/accept') }),
      200,
    );
    expect((await post(s.chair, '/api/review-assignments', { submissionId: talk.id, reviewerId: reviewer.id })).status).toBe(422);
  });

  it('refuses a declined, an expired and an unknown link, and a second seat on the same talk', async () => {
    const talk = await submitTalk(t, s, speaker, { title: 'Memory ballooning', coSpeakerEmails: ['a@x.example', 'b@x.example'] });
    const member = await t.user('member');
    const first = await mailedToken(t, 'a@x.example', '/invitations/accept');
    expect(await call(post(member, '/api/submissions/invitations/decline', { token: first }), 200)).toEqual({
      submissionId: talk.id,
      answer: 'declined',
    });
    expect((await post(member, '/api/submissions/invitations/accept', { token: first })).status).toBe(409);

    const second = await mailedToken(t, 'b@x.example', '/invitations/accept');
    expect((await post(speaker, '/api/submissions/invitations/accept', { token: second })).body.code).toBe('SUBMISSION.ALREADY_SPEAKER');
    await t.dataSource.query(`UPDATE speaker_invitation SET expires_at = now() - interval '1 second' WHERE submission_id = $1`, [talk.id]);
    const expired = await post(member, '/api/submissions/invitations/accept', { token: second });
    expect(expired.status).toBe(422);
    expect(expired.body.code).toBe('SUBMISSION.INVITATION_EXPIRED');
    expect((await post(member, '/api/submissions/invitations/accept', { token: 'x'.repeat(43) })).status).toBe(404);
    expect((await t.http().post('/api/submissions/invitations/accept').send({ token: second })).status).toBe(401);
  });

  it('sends a new link when the speaker names a still-invited co-speaker again; the old link stops working', async () => {
    const inviter = await t.user('member');
    const talk = await submitTalk(t, s, inviter, { title: 'Stub domains', coSpeakerEmails: ['again@x.example'] });
    const old = await mailedToken(t, 'again@x.example', '/invitations/accept');
    const current = (await get(inviter, `/api/submissions/${talk.id}`)).body;
    await call(
      t
        .http()
        .put(`/api/submissions/${talk.id}`)
        .set(bearer(inviter))
        .send({ ...current, coSpeakerEmails: ['again@x.example'] }),
      200,
    );
    const fresh = await mailedToken(t, 'again@x.example', '/invitations/accept');
    expect(fresh).not.toBe(old);
    const member = await t.user('member');
    expect((await post(member, '/api/submissions/invitations/accept', { token: old })).status).toBe(422);
    expect((await post(member, '/api/submissions/invitations/accept', { token: fresh })).status).toBe(200);
  });

  it('caps invitation mails per talk and per member per day, and a refused invitation sends nothing', async () => {
    const inviter = await t.user('member', { name: 'Heechul Kim' });
    const talk = await submitTalk(t, s, inviter, { title: 'Capped', coSpeakerEmails: ['c1@x.example', 'c2@x.example'] });
    const current = (await get(inviter, `/api/submissions/${talk.id}`)).body;
    const tooMany = await t
      .http()
      .put(`/api/submissions/${talk.id}`)
      .set(bearer(inviter))
      .send({ ...current, coSpeakerEmails: ['c3@x.example', 'c4@x.example'] });
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.code).toBe('SUBMISSION.TOO_MANY_INVITATIONS');
    expect(tooMany.body.message).toMatch(/At most 3 co-speaker invitations a day .* this talk/);
    expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
    expect(await outbox(t, 'c3@x.example')).toEqual([]);
    expect((await get(inviter, `/api/submissions/${talk.id}`)).body.speakers).toHaveLength(3);
    await call(
      t
        .http()
        .put(`/api/submissions/${talk.id}`)
        .set(bearer(inviter))
        .send({ ...current, coSpeakerEmails: ['c3@x.example'] }),
      200,
    );

    // 3 sent today; the member's cap of 5 leaves room for 2 more on another talk, not 3.
    const refused = await post(inviter, '/api/submissions', {
      cfpId: s.cfpId,
      title: 'Another',
      abstract: 'A',
      format: 'talk',
      coSpeakerEmails: ['d1@x.example', 'd2@x.example', 'd3@x.example'],
    });
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/for you/);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM submission WHERE title = 'Another'`))[0].n).toBe(0);
    expect(
      (
        await post(inviter, '/api/submissions', {
          cfpId: s.cfpId,
          title: 'Another',
          abstract: 'A',
          format: 'talk',
          coSpeakerEmails: ['d1@x.example', 'd2@x.example'],
        })
      ).status,
    ).toBe(201);
  });

  it('holds the caps under 20 parallel invitations', async () => {
    const inviter = await t.user('member');
    const talk = await submitTalk(t, s, inviter, { title: 'Raced' });
    const current = (await get(inviter, `/api/submissions/${talk.id}`)).body;
    const { version: _version, ...body } = current;
    const responses = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const fresh = (await get(inviter, `/api/submissions/${talk.id}`)).body;
        return t
          .http()
          .put(`/api/submissions/${talk.id}`)
          .set(bearer(inviter))
          .send({ ...body, version: fresh.version, coSpeakerEmails: [`r${index}@x.example`] });
      }),
    );
    expect(responses.every((response) => [200, 409, 429].includes(response.status))).toBe(true);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM speaker_invitation WHERE submission_id = $1`, [talk.id]);
    expect(row.n).toBeLessThanOrEqual(3);
    const [mails] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE to_email LIKE 'r%@x.example'`);
    expect(mails.n).toBe(row.n);
  });
});
