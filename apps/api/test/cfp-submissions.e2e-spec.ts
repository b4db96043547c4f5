import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assign,
  call,
  cfpBody,
  inDays,
  mailedToken,
  outbox,
  review,
  seat,
  setUpSummit,
  submitTalk,
  summit,
  summitDay,
  type Summit,
} from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('committees, calls for papers, submissions, decisions and the agenda', () => {
  let t: TestApp;
  let s: Summit;
  let speaker: TestUser;
  let reviewer: TestUser;
  const get = (user: TestUser, path: string) => t.http().get(path).set(bearer(user));
  const post = (user: TestUser, path: string, body: object = {}) => t.http().post(path).set(bearer(user)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    speaker = await t.user('member', { name: 'Pasi Kärkkäinen', country: 'FI' });
    reviewer = await t.user('member', { name: 'Justin Ryan', country: 'US' });
    await seat(t, s, reviewer);
  });
  afterAll(() => t.close());

  describe('committees', () => {
    it('is created by organizers, once per summit, and only for summits', async () => {
      expect((await post(s.chair, '/api/committees', { eventId: s.eventId, name: 'Another' })).status).toBe(403);
      expect((await post(s.organizer, '/api/committees', { eventId: s.eventId, name: 'Another' })).status).toBe(409);
      const conference = await call(post(s.organizer, '/api/events', { ...summit, kind: 'conference', name: 'SCALE' }), 201);
      expect((await post(s.organizer, '/api/committees', { eventId: conference.id, name: 'PC' })).body.errors).toEqual({
        eventId: 'is not a summit',
      });
    });

    it('lets chairs seat members, members set only their own track preferences, and keeps a chair', async () => {
      const member = await t.user('member', { name: 'Tim Mueting', affiliation: 'AMD' });
      expect(
        (await post(reviewer, '/api/committee-seats', { committeeId: s.committeeId, userId: member.id, role: 'reviewer' })).status,
      ).toBe(403);
      const created = await seat(t, s, member);
      expect(created).toMatchObject({ affiliation: 'AMD', userName: 'Tim Mueting', role: 'reviewer' });
      expect(
        (await post(s.chair, '/api/committee-seats', { committeeId: s.committeeId, userId: member.id, role: 'reviewer' })).status,
      ).toBe(409);
      const own = await call(
        t
          .http()
          .put(`/api/committee-seats/${created.id}`)
          .set(bearer(member))
          .send({ ...created, role: 'chair', trackPreferences: ['Security'] }),
        200,
      );
      expect(own).toMatchObject({ role: 'reviewer', trackPreferences: ['Security'] });
      const chairSeat = (
        await get(
          s.chair,
          `/api/committee-seats?filter=${encodeURIComponent(JSON.stringify({ committeeId: s.committeeId, role: 'chair' }))}`,
        )
      ).body[0];
      expect((await t.http().delete(`/api/committee-seats/${chairSeat.id}`).set(bearer(s.organizer))).status).toBe(409);
    });

    it('announces the committee on the public summit page with names, affiliations and countries', async () => {
      const page = await call(t.http().get(`/api/public/events/${s.slug}/committee`), 200);
      expect(page.members[0]).toEqual({ name: 'Anil Madhavapeddy', affiliation: 'University of Cambridge', country: null, role: 'chair' });
      expect(page.members).toContainEqual({ name: 'Justin Ryan', affiliation: null, country: 'US', role: 'reviewer' });
      expect(JSON.stringify(page)).not.toMatch(/@/);
    });
  });

  describe('calls for papers', () => {
    it('is set up by the chair, not by reviewers, and names wrong windows', async () => {
      const cfp = (await get(s.chair, `/api/cfps/${s.cfpId}`)).body;
      expect(cfp).toMatchObject({ state: 'open', scoreScale: { min: -2, max: 2 }, confidenceScale: { min: 1, max: 3 } });
      expect((await t.http().put(`/api/cfps/${s.cfpId}`).set(bearer(reviewer)).send(cfp)).status).toBe(403);
      const wrong = await t
        .http()
        .put(`/api/cfps/${s.cfpId}`)
        .set(bearer(s.chair))
        .send({ ...cfp, closesAt: inDays(-30) });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual({ closesAt: 'must be after the opening' });
    });

    it('shows visitors the call and its deadline, not the review settings', async () => {
      const page = await call(t.http().get(`/api/public/events/${s.slug}/cfp`), 200);
      expect(page).toMatchObject({
        state: 'open',
        timeZone: 'America/Los_Angeles',
        formats: [
          { name: 'talk', minutes: 30 },
          { name: 'lightning', minutes: 5 },
        ],
      });
      expect(page.closesAt).toBeDefined();
      expect(page.phases).toBeUndefined();
    });
  });

  describe('submissions', () => {
    it('renders the Markdown abstract safely', async () => {
      const talk = await submitTalk(t, s, speaker, { abstract: '<script>alert(1)</script> **bold** [x](javascript:alert(1))' });
      expect(talk.abstractHtml).toContain('<strong>bold</strong>');
      expect(talk.abstractHtml).not.toMatch(/<script|href="javascript/);
    });

    it('refuses formats and tracks the call does not offer, naming the field', async () => {
      const response = await post(speaker, '/api/submissions', { cfpId: s.cfpId, title: 'T', abstract: 'A', format: 'keynote' });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual({ format: 'is not offered' });
      expect(
        (await post(speaker, '/api/submissions', { cfpId: s.cfpId, title: 'T', abstract: 'A', format: 'talk', track: 'Cooking' })).body
          .errors,
      ).toEqual({ track: 'is not a track of this call' });
    });

    it('refuses submitting outside the window with 422', async () => {
      const other = await setUpSummit(t, { opensAt: inDays(2), reviewOpensAt: inDays(3) });
      const draft = await call(
        post(speaker, '/api/submissions', { cfpId: other.cfpId, title: 'Early bird', abstract: 'A', format: 'talk' }),
        201,
      );
      const early = await post(speaker, `/api/submissions/${draft.id}/submit`);
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('SUBMISSION.OUTSIDE_WINDOW');
      expect((await get(speaker, `/api/submissions/${draft.id}`)).body.status).toBe('draft');
    });

    it('after the deadline lets speakers change only the fields the chair left open', async () => {
      const talk = await submitTalk(t, s, speaker, { title: 'Before the deadline' });
      const cfp = (await get(s.chair, `/api/cfps/${s.cfpId}`)).body;
      await call(
        t
          .http()
          .put(`/api/cfps/${s.cfpId}`)
          .set(bearer(s.chair))
          .send({ ...cfp, opensAt: inDays(-10), closesAt: inDays(-1), reviewOpensAt: inDays(-10), editableAfterClose: ['abstract'] }),
        200,
      );
      try {
        const current = (await get(speaker, `/api/submissions/${talk.id}`)).body;
        const locked = await t
          .http()
          .put(`/api/submissions/${talk.id}`)
          .set(bearer(speaker))
          .send({ ...current, title: 'After the deadline', abstract: 'New' });
        expect(locked.status, JSON.stringify(locked.body)).toBe(422);
        expect(locked.body.errors).toEqual({ title: 'can no longer be changed' });
        const allowed = await call(
          t
            .http()
            .put(`/api/submissions/${talk.id}`)
            .set(bearer(speaker))
            .send({ ...current, abstract: 'Polished abstract' }),
          200,
        );
        expect(allowed).toMatchObject({ title: 'Before the deadline', abstract: 'Polished abstract' });
        expect((await post(speaker, '/api/submissions', { cfpId: s.cfpId, title: 'Late', abstract: 'A', format: 'talk' })).status).toBe(
          422,
        );
      } finally {
        await call(
          t
            .http()
            .put(`/api/cfps/${s.cfpId}`)
            .set(bearer(s.chair))
            .send({ ...(await get(s.chair, `/api/cfps/${s.cfpId}`)).body, ...cfpBody(s.eventId) }),
          200,
        );
      }
    });

    it('invites co-speakers by a mailed link; they accept and become speakers, and conflicts follow them', async () => {
      const coSpeaker = await t.user('member', { name: 'Konrad Rzeszutek Wilk', affiliation: 'Oracle' });
      const oracleReviewer = await t.user('member', { name: 'Oracle reviewer', affiliation: 'Oracle' });
      await seat(t, s, oracleReviewer);
      const talk = await submitTalk(t, s, speaker, { title: 'PV spinlocks', coSpeakerEmails: [coSpeaker.email.toUpperCase()] });
      expect(talk.speakers.map((sp: { status: string }) => sp.status)).toEqual(['accepted', 'invited']);
      expect((await outbox(t, coSpeaker.email)).map((mail) => mail.subject)).toEqual([
        expect.stringContaining('invites you to co-present "PV spinlocks"'),
      ]);
      // The invited address alone shows nothing: the talk is not the co-speaker's until they accept.
      expect((await get(coSpeaker, `/api/submissions/${talk.id}`)).status).toBe(404);
      const token = await mailedToken(t, coSpeaker.email, '/invitations/accept');
      const stranger = await t.user('member');
      expect((await post(stranger, '/api/submissions/invitations/accept', { token: `${token.slice(0, -4)}AAAA` })).status).toBe(404);
      expect(await call(post(coSpeaker, '/api/submissions/invitations/show', { token }), 200)).toMatchObject({
        submissionId: talk.id,
        title: 'PV spinlocks',
        status: 'pending',
      });
      expect(await call(post(coSpeaker, '/api/submissions/invitations/accept', { token }), 200)).toEqual({
        submissionId: talk.id,
        answer: 'accepted',
      });
      const accepted = await call(get(coSpeaker, `/api/submissions/${talk.id}`), 200);
      expect(accepted.speakers[1]).toMatchObject({
        userId: coSpeaker.id,
        name: 'Konrad Rzeszutek Wilk',
        affiliation: 'Oracle',
        status: 'accepted',
      });
      expect(accepted.viewerRole).toBe('speaker');
      expect((await post(coSpeaker, '/api/submissions/invitations/accept', { token })).status).toBe(409);
      expect((await post(stranger, '/api/submissions/invitations/accept', { token })).status).toBe(409);
      expect(
        (await t.http().post('/api/review-assignments').set(bearer(s.chair)).send({ submissionId: talk.id, reviewerId: oracleReviewer.id }))
          .body.errors,
      ).toEqual({ reviewerId: 'is conflicted' });
      expect(
        (await t.http().post('/api/review-assignments').set(bearer(s.chair)).send({ submissionId: talk.id, reviewerId: coSpeaker.id }))
          .status,
      ).toBe(422);
    });

    it('follows the state machine: other people cannot act, illegal moves are 409', async () => {
      const talk = await submitTalk(t, s, speaker, { title: 'Withdrawn one' });
      await assign(t, s, talk.id, reviewer);
      expect((await post(reviewer, `/api/submissions/${talk.id}/withdraw`)).status).toBe(403);
      expect((await post(await t.user('member'), `/api/submissions/${talk.id}/withdraw`)).status).toBe(404);
      await call(post(speaker, `/api/submissions/${talk.id}/withdraw`), 200);
      const again = await post(speaker, `/api/submissions/${talk.id}/submit`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('RECORD.ILLEGAL_TRANSITION');
      expect((await post(speaker, `/api/submissions/${talk.id}/confirm`)).status).toBe(409);
    });
  });

  describe('decisions', () => {
    it('stages in bulk all or nothing, releases together with e-mails, and lets speakers decline', async () => {
      const keep = await submitTalk(t, s, speaker, { title: 'Keeper' });
      const drop = await submitTalk(t, s, speaker, { title: 'Dropper' });
      const draft = await call(post(speaker, '/api/submissions', { cfpId: s.cfpId, title: 'Draft', abstract: 'A', format: 'talk' }), 201);
      await assign(t, s, keep.id, reviewer);
      await review(t, reviewer, keep.id, 2, { commentToSpeakers: 'Great topic.' });
      const refused = await post(s.chair, `/api/cfps/${s.cfpId}/decisions`, {
        decisions: [
          { submissionId: keep.id, decision: 'accept' },
          { submissionId: draft.id, decision: 'accept' },
        ],
      });
      expect(refused.status).toBe(404);
      expect((await get(s.chair, `/api/submissions/${keep.id}`)).body.pendingDecision).toBeNull();
      const staged = await call(
        post(s.chair, `/api/cfps/${s.cfpId}/decisions`, {
          decisions: [
            { submissionId: keep.id, decision: 'accept' },
            { submissionId: drop.id, decision: 'reject' },
          ],
        }),
        200,
      );
      expect(staged.map((row: { pendingDecision: string }) => row.pendingDecision)).toEqual(['accept', 'reject']);
      expect((await get(speaker, `/api/submissions/${keep.id}`)).body).toMatchObject({ status: 'in_review' });
      expect(await outbox(t, speaker.email)).toEqual([]);

      const released = await call(post(s.chair, `/api/cfps/${s.cfpId}/release-decisions`), 200);
      expect(released.submissionIds).toEqual([keep.id, drop.id]);
      const mails = await outbox(t, speaker.email);
      expect(mails.map((mail) => mail.subject)).toEqual([
        expect.stringContaining('"Keeper" was accepted'),
        expect.stringContaining('"Dropper" was not accepted'),
      ]);
      expect(mails[0].body).toContain('Great topic.');
      expect((await post(s.chair, `/api/cfps/${s.cfpId}/release-decisions`)).status).toBe(422);
      const audit = await t.dataSource.query(
        `SELECT action, from_state, to_state FROM audit_log WHERE entity = 'submission' AND entity_id = $1 ORDER BY id`,
        [String(drop.id)],
      );
      expect(audit.at(-1)).toEqual({ action: 'reject', from_state: 'submitted', to_state: 'rejected' });

      const declined = await call(post(speaker, `/api/submissions/${keep.id}/decline`), 200);
      expect(declined.status).toBe('declined');
    });
  });

  describe('agenda', () => {
    let talks: Array<Record<string, any>>;
    beforeAll(async () => {
      talks = [];
      for (const title of ['Talk A', 'Talk B', 'Talk C']) {
        const talk = await submitTalk(t, s, speaker, { title });
        await post(s.chair, `/api/submissions/${talk.id}/decide`, { decision: 'accept' });
        talks.push(talk);
      }
      await call(post(s.chair, `/api/cfps/${s.cfpId}/release-decisions`), 200);
      for (const talk of talks.slice(0, 2)) await call(post(speaker, `/api/submissions/${talk.id}/confirm`), 200);
    });
    const slot = (fields: Record<string, unknown>) => ({
      eventId: s.eventId,
      room: 'Room 1',
      startsAt: summitDay('13:00'),
      endsAt: summitDay('13:30'),
      ...fields,
    });

    it('places confirmed talks only, inside the summit, with no room or speaker booked twice', async () => {
      expect((await post(s.chair, '/api/agenda-slots', slot({ submissionId: talks[2].id }))).body.errors).toEqual({
        submissionId: 'is not a confirmed talk of this summit',
      });
      expect(
        (await post(s.chair, '/api/agenda-slots', slot({ startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-01T11:00:00Z' }))).status,
      ).toBe(422);
      expect((await post(reviewer, '/api/agenda-slots', slot({ title: 'Lunch' }))).status).toBe(403);
      await call(post(s.chair, '/api/agenda-slots', slot({ submissionId: talks[0].id })), 201);
      const room = await post(
        s.chair,
        '/api/agenda-slots',
        slot({ title: 'Break', startsAt: summitDay('13:15'), endsAt: summitDay('13:45') }),
      );
      expect(room.status).toBe(409);
      expect(room.body.code).toBe('AGENDA_SLOT.ROOM_DOUBLE_BOOKED');
      const clash = await post(s.chair, '/api/agenda-slots', slot({ room: 'Room 2', submissionId: talks[1].id }));
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('AGENDA_SLOT.SPEAKER_DOUBLE_BOOKED');
      expect(
        (
          await post(
            s.chair,
            '/api/agenda-slots',
            slot({ room: 'Room 2', startsAt: summitDay('14:00'), endsAt: summitDay('14:30'), submissionId: talks[0].id }),
          )
        ).status,
      ).toBe(409);
    });

    it('books a room once when two chairs place slots in it at the same moment', async () => {
      const responses = await Promise.all(
        ['Keynote prep', 'Sponsor demo', 'Hallway track'].map((title) =>
          post(s.chair, '/api/agenda-slots', slot({ room: 'Main hall', title, startsAt: summitDay('09:00'), endsAt: summitDay('09:45') })),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      expect(
        (await t.http().get(`/api/public/events/${s.slug}/agenda`)).body.items.filter(
          (item: { room: string }) => item.room === 'Main hall',
        ),
      ).toHaveLength(1);
    });
  });

  it('answers bad input on every call-for-papers route with a 4xx naming the problem, never a 500', async () => {
    const huge = 2 ** 31 + 5;
    const cases: Array<[string, string, object | undefined, number]> = [
      ['post', '/api/reviews', { submissionId: huge, score: 1, confidence: 1 }, 400],
      ['post', '/api/reviews', { submissionId: 999_999, score: 1, confidence: 1 }, 404],
      ['post', '/api/reviews', { submissionId: 1, score: 'high', confidence: 1 }, 400],
      ['post', '/api/submissions', { cfpId: 999_999, title: 'T', abstract: 'A', format: 'talk' }, 422],
      ['post', '/api/submissions', { cfpId: s.cfpId, title: '', abstract: 'A', format: 'talk', coSpeakerEmails: ['not-an-email'] }, 400],
      ['post', '/api/conflicts', { userId: 5, organization: 'Citrix' }, 400],
      ['post', '/api/conflicts', { userId: 999_999 }, 422],
      ['post', '/api/agenda-slots', { eventId: s.eventId, room: 'R', startsAt: summitDay('10:00'), endsAt: summitDay('09:00') }, 400],
      [
        'post',
        '/api/agenda-slots',
        { eventId: s.eventId, room: 'R', startsAt: summitDay('10:00'), endsAt: summitDay('11:00'), submissionId: 999_999 },
        422,
      ],
      ['post', '/api/committee-seats', { committeeId: 999_999, userId: 1, role: 'reviewer' }, 422],
      ['post', '/api/committee-seats', { committeeId: s.committeeId, userId: 1, role: 'boss' }, 400],
      ['post', `/api/cfps/${s.cfpId}/decisions`, { decisions: [] }, 400],
      ['post', `/api/cfps/${s.cfpId}/decisions`, { decisions: [{ submissionId: 999_999, decision: 'accept' }] }, 404],
      ['post', '/api/submissions/1/decide', { decision: 'maybe' }, 400],
      ['get', '/api/submissions?sort=%5B%22title%22%5D', undefined, 400],
      ['get', '/api/submissions?filter=%7B%22mine%22%3A%22yes%22%7D', undefined, 400],
      ['get', `/api/cfps/${s.cfpId}/ranking?filter=nope`, undefined, 400],
      ['get', '/api/submissions/abc', undefined, 404],
      ['get', '/api/public/events/no-such-summit/agenda.ics', undefined, 404],
      ['get', '/api/cfps/999999/reviews.csv', undefined, 404],
    ];
    for (const [method, path, body, status] of cases) {
      const request = method === 'get' ? t.http().get(path) : t.http().post(path).send(body);
      const response = await request.set(bearer(s.chair));
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(response.body.code, path).toBeTruthy();
    }
  });
});
