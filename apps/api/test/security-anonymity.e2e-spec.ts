import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assign,
  call,
  mailedToken,
  mailText,
  review,
  seat,
  setUpSummit,
  startSmtp,
  submitTalk,
  until,
  type Summit,
} from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

const filter = (value: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(value))}`;
const sort = (field: string, order = 'ASC') => `sort=${encodeURIComponent(JSON.stringify([field, order]))}`;
const phase = (fields: Record<string, unknown>) => ({
  name: 'committee discussion',
  startsAt: new Date(Date.now() - 60_000).toISOString(),
  endsAt: new Date(Date.now() + 86_400_000).toISOString(),
  reviewersMayWrite: true,
  reviewersSee: 'all',
  othersReviews: 'always',
  showSpeakerNames: false,
  ...fields,
});

// Issue 9, attack suite part 3: with anonymous review on, nothing of a speaker — name, e-mail,
// affiliation, of the submitter or a co-speaker — reaches a reviewer by any route, and nothing the
// reviewer controls changes which submissions they see.
describe('anonymous review under attack', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let s: Summit;
  let reviewer: TestUser;
  let speaker: TestUser;
  let coSpeaker: TestUser;
  let otherSpeaker: TestUser;
  let talk: Record<string, any>;
  let otherTalk: Record<string, any>;
  let secrets: string[];

  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const leaks = (body: unknown) => {
    const text = (typeof body === 'string' ? body : JSON.stringify(body)).toLowerCase();
    return secrets.filter((secret) => text.includes(secret.toLowerCase()));
  };
  const visibleIds = async (user: TestUser) =>
    ((await get(user, `/api/submissions?${filter({ cfpId: s.cfpId })}`)).body as Array<{ id: number }>)
      .map((row) => row.id)
      .sort((a, b) => a - b);
  const setCfp = async (fields: Record<string, unknown>) => {
    const cfp = (await get(s.chair, `/api/cfps/${s.cfpId}`)).body;
    await call(
      t
        .http()
        .put(`/api/cfps/${s.cfpId}`)
        .set(bearer(s.chair))
        .send({ ...cfp, ...fields }),
      200,
    );
  };

  // The co-speaker joins the way the API offers: invited by address, accepting the mailed link signed in.
  async function addCoSpeaker(submission: Record<string, any>, by: TestUser, member: TestUser) {
    const current = (await get(by, `/api/submissions/${submission.id}`)).body;
    await call(
      t
        .http()
        .put(`/api/submissions/${submission.id}`)
        .set(bearer(by))
        .send({ ...current, coSpeakerEmails: [member.email] }),
      200,
    );
    const token = await mailedToken(t, member.email, '/invitations/accept');
    await call(t.http().post('/api/submissions/invitations/accept').set(bearer(member)).send({ token }), 200);
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
    s = await setUpSummit(t, { anonymousReview: true });
    speaker = await t.user('member', { name: 'Heechul Kim', affiliation: 'Samsung Electronics', email: 'heechul.kim@samsung.example' });
    coSpeaker = await t.user('member', { name: 'Sang-bum Suh', affiliation: 'Seoul National University', email: 'sangbum@snu.example' });
    otherSpeaker = await t.user('member', {
      name: 'Konrad Rzeszutek Wilk',
      affiliation: 'Oracle Corporation',
      email: 'konrad.wilk@oracle.example',
    });
    reviewer = await t.user('member', { name: 'Patrick Colp', affiliation: 'University of British Columbia' });
    await seat(t, s, reviewer);
    secrets = [
      ...[speaker, coSpeaker, otherSpeaker].flatMap((member) => [member.name, member.email, member.email.split('@')[0]]),
      'Heechul',
      'Samsung',
      'Seoul National',
      'Wilk',
      'Oracle Corporation',
    ];
    // Titles sort the other way from the speakers' names, so that an order by speaker would show.
    talk = await submitTalk(t, s, speaker, { title: 'Zero-copy networking for guests', abstract: 'Grant tables and page flipping.' });
    await addCoSpeaker(talk, speaker, coSpeaker);
    otherTalk = await submitTalk(t, s, otherSpeaker, { title: 'Advanced paravirtual spinlocks', abstract: 'Spinning less.' });
    await assign(t, s, talk.id, reviewer);
    await assign(t, s, otherTalk.id, reviewer);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('shows no speaker in records and lists of submissions, reviews, assignments, conflicts and seats', async () => {
    const one = await call(get(reviewer, `/api/submissions/${talk.id}`), 200);
    expect(one.speakers).toBeUndefined();
    expect(leaks(one)).toEqual([]);
    for (const path of [
      '/api/submissions',
      `/api/submissions?${filter({ assignedToMe: true })}`,
      `/api/submissions?${filter({ id: [talk.id, otherTalk.id] })}`,
      '/api/review-assignments',
      '/api/reviews',
      '/api/conflicts',
      `/api/committee-seats?${filter({ committeeId: s.committeeId })}`,
      `/api/cfps/${s.cfpId}`,
    ]) {
      const response = await get(reviewer, path);
      expect(response.status, path).toBe(200);
      expect(leaks(response.body), path).toEqual([]);
    }
    expect((await get(reviewer, '/api/submissions')).body).toHaveLength(2);
  });

  it('finds nothing by a speaker’s name, e-mail or affiliation with q, and counts nothing either', async () => {
    for (const q of secrets) {
      const search = await get(reviewer, `/api/submissions?${filter({ q })}`);
      expect(search.status, q).toBe(200);
      expect(search.headers['content-range'], q).toBe('submissions */0');
    }
    const byTitle = await get(reviewer, `/api/submissions?${filter({ q: 'zero-copy' })}`);
    expect(byTitle.headers['content-range']).toBe('submissions 0-0/1');
    // The chair does find them: the searches above would have matched.
    expect((await get(s.chair, `/api/submissions?${filter({ q: 'Sang-bum' })}`)).headers['content-range']).toBe('submissions 0-0/1');
  });

  it('refuses to filter or sort by a speaker, and names no speaker in the refusal', async () => {
    for (const field of [
      'speakers',
      'speaker',
      'speakerName',
      'speakerEmail',
      'submitterId',
      'affiliation',
      'speakerSearch',
      'speaker_search',
      'userId',
      'email',
      'name',
    ]) {
      const filtered = await get(reviewer, `/api/submissions?${filter({ [field]: field.endsWith('Id') ? speaker.id : 'Samsung' })}`);
      expect(filtered.status, field).toBe(400);
      expect(leaks(filtered.body), field).toEqual([]);
      const sorted = await get(reviewer, `/api/submissions?${sort(field)}`);
      expect(sorted.status, field).toBe(400);
      expect(leaks(sorted.body), field).toEqual([]);
    }
    // Every order the reviewer may ask for follows the record, not its speakers.
    for (const field of ['id', 'title', 'status', 'track', 'format', 'createdAt', 'submittedAt', 'cfpId']) {
      for (const order of ['ASC', 'DESC']) {
        const sorted = await get(reviewer, `/api/submissions?${sort(field, order)}`);
        expect(sorted.status, field).toBe(200);
        expect(leaks(sorted.body), field).toEqual([]);
      }
    }
    const byTitle = (await get(reviewer, `/api/submissions?${sort('title')}`)).body.map((row: { id: number }) => row.id);
    expect(byTitle).toEqual([otherTalk.id, talk.id]);
  });

  it('names no speaker in the CSV export of reviews, nor in its columns', async () => {
    await review(t, reviewer, talk.id, 1);
    await review(t, reviewer, otherTalk.id, 0);
    const csv = await get(reviewer, `/api/cfps/${s.cfpId}/reviews.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Zero-copy networking');
    expect(leaks(csv.text)).toEqual([]);
    expect(csv.text.split('\n')[0].split(',')).not.toContain('speakers');
    expect((await get(s.chair, `/api/cfps/${s.cfpId}/reviews.csv`)).text).toContain('Sang-bum Suh');
  });

  it('keeps the audit history, users and rankings from a reviewer', async () => {
    for (const path of [
      '/api/audit-log',
      `/api/audit-log?${filter({ entity: 'submission', entityId: String(talk.id) })}`,
      '/api/users',
      `/api/users?${filter({ q: 'Samsung' })}`,
      `/api/cfps/${s.cfpId}/ranking`,
      `/api/cfps/${s.cfpId}/assignment-matrix`,
    ]) {
      const response = await get(reviewer, path);
      expect([403, 404], path).toContain(response.status);
      expect(leaks(response.body), path).toEqual([]);
    }
    for (const member of [speaker, coSpeaker]) {
      const response = await get(reviewer, `/api/users/${member.id}`);
      expect(response.status).toBe(404);
      expect(leaks(response.body)).toEqual([]);
    }
  });

  it('names no speaker in the error answers a reviewer can provoke', async () => {
    const attempts = [
      t
        .http()
        .put(`/api/submissions/${talk.id}`)
        .set(bearer(reviewer))
        .send({ title: 'x', abstract: 'y', format: 'talk', version: talk.version }),
      t.http().post(`/api/submissions/${talk.id}/withdraw`).set(bearer(reviewer)).send({}),
      t
        .http()
        .post('/api/submissions/invitations/accept')
        .set(bearer(reviewer))
        .send({ token: 'x'.repeat(43) }),
      t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(reviewer)).send({ decision: 'accept' }),
      t.http().post('/api/reviews').set(bearer(reviewer)).send({ submissionId: talk.id, score: 1, confidence: 1 }),
      t.http().post('/api/conflicts').set(bearer(reviewer)).send({ userId: reviewer.id }),
      t.http().post('/api/review-assignments').set(bearer(reviewer)).send({ submissionId: talk.id, reviewerId: reviewer.id }),
    ];
    for (const attempt of attempts) {
      const response = await attempt;
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(leaks(response.body)).toEqual([]);
    }
  });

  it('e-mails a reviewer the titles of their assignments, never a speaker', async () => {
    const mails = await until(() => {
      const mine = smtp.received.filter((mail) => mail.to === reviewer.email);
      return mine.length >= 2 ? mine : undefined;
    });
    const text = mails.map((mail) => mailText(mail.raw)).join('\n');
    expect(text).toContain('Zero-copy networking for guests');
    expect(text).toContain('Advanced paravirtual spinlocks');
    expect(leaks(text)).toEqual([]);
  });

  it('hides speakers from reviewers but not from chairs in a phase that shows names to chairs only', async () => {
    // The CfP is not anonymous, but this phase hides speakers from reviewers.
    await setCfp({ anonymousReview: false, phases: [phase({ showSpeakerNames: false })] });
    const hidden = (await get(reviewer, `/api/submissions/${talk.id}`)).body;
    expect(hidden.speakers).toBeUndefined();
    expect(leaks((await get(reviewer, '/api/submissions')).body)).toEqual([]);
    expect((await get(reviewer, `/api/submissions?${filter({ q: 'Heechul' })}`)).headers['content-range']).toBe('submissions */0');
    expect(leaks((await get(reviewer, `/api/cfps/${s.cfpId}/reviews.csv`)).text)).toEqual([]);
    const chairView = (await get(s.chair, `/api/submissions/${talk.id}`)).body;
    expect(chairView.speakers.map((sp: { name: string }) => sp.name)).toEqual(['Heechul Kim', 'Sang-bum Suh']);

    // An anonymous CfP keeps them hidden even in a phase that would show them.
    await setCfp({ anonymousReview: true, phases: [phase({ showSpeakerNames: true })] });
    expect((await get(reviewer, `/api/submissions/${talk.id}`)).body.speakers).toBeUndefined();
    expect((await get(reviewer, `/api/submissions?${filter({ q: 'Sang-bum' })}`)).headers['content-range']).toBe('submissions */0');

    // Only when neither hides them does the reviewer see them — so the checks above could fail.
    await setCfp({ anonymousReview: false, phases: [phase({ showSpeakerNames: true })] });
    expect(leaks((await get(reviewer, `/api/submissions/${talk.id}`)).body)).toContain('Heechul Kim');
    expect((await get(reviewer, `/api/submissions?${filter({ q: 'Sang-bum' })}`)).headers['content-range']).toBe('submissions 0-0/1');
    await setCfp({ anonymousReview: true, phases: [] });
  });

  it(
    'does not change which submissions a reviewer sees when they edit their profile or seat, or declare and then remove a ' + 'conflict',
    async () => {
      await setCfp({ anonymousReview: true, phases: [phase({ reviewersSee: 'all' })] });
      const extra = await submitTalk(t, s, await t.user('member', { name: 'Jun Nakajima', affiliation: 'Intel' }), {
        title: 'VT-d in practice',
      });
      const baseline = await visibleIds(reviewer);
      expect(baseline).toEqual([talk.id, otherTalk.id, extra.id].sort((a, b) => a - b));

      // Their profile: every speaker's affiliation in turn.
      for (const affiliation of ['Samsung Electronics', 'Seoul National University', 'Oracle Corporation', 'Intel', null]) {
        const me = (await get(reviewer, `/api/users/${reviewer.id}`)).body;
        await call(
          t
            .http()
            .put(`/api/users/${reviewer.id}`)
            .set(bearer(reviewer))
            .send({ name: me.name, affiliation, country: me.country, version: me.version }),
          200,
        );
        expect(await visibleIds(reviewer), String(affiliation)).toEqual(baseline);
        expect((await get(reviewer, `/api/submissions?${filter({ cfpId: s.cfpId })}`)).headers['content-range']).toBe(`submissions 0-2/3`);
      }

      // Their seat: the affiliation is the chair's to set.
      const [mine] = (await get(reviewer, `/api/committee-seats?${filter({ userId: reviewer.id })}`)).body;
      await call(
        t
          .http()
          .put(`/api/committee-seats/${mine.id}`)
          .set(bearer(reviewer))
          .send({ ...mine, affiliation: 'Intel' }),
        200,
      );
      expect(await visibleIds(reviewer)).toEqual(baseline);

      // A declared conflict hides at once — a reviewer who says they are conflicted is believed — but
      // cannot be taken back, so it cannot be toggled to probe who wrote what.
      const declared = await call(t.http().post('/api/conflicts').set(bearer(reviewer)).send({ organization: 'Intel' }), 201);
      const afterDeclaring = await visibleIds(reviewer);
      expect((await t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(reviewer))).status).toBe(403);
      expect(await visibleIds(reviewer)).toEqual(afterDeclaring);
      await call(t.http().delete(`/api/conflicts/${declared.id}`).set(bearer(s.chair)), 200);
      expect(await visibleIds(reviewer)).toEqual(baseline);
    },
  );
});
