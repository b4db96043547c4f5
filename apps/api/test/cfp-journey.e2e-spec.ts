import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, mailText, review, seat, setUpSummit, startSmtp, submitTalk, summitDay, until } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp } from './test-app.js';

// DESIGN issue 5, "Done when", as a new user would go through it.
describe('call for papers journey', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('takes a talk from submission through anonymous review and decision to the public agenda and its iCal feed', async () => {
    const s = await setUpSummit(t, { anonymousReview: true, reviewsPerSubmission: 2 });
    const speaker = await t.user('member', { name: 'Daniel Stodden', affiliation: 'Citrix' });
    const colleague = await t.user('member', { name: 'Citrix reviewer', affiliation: 'Citrix' });
    const reviewers = [
      await t.user('member', { name: 'Boris Quiroz' }),
      await t.user('member', { name: 'Jose Renato G Santos', affiliation: 'HP Labs' }),
    ];
    await seat(t, s, colleague);
    for (const reviewer of reviewers) await seat(t, s, reviewer);

    // A member submits a talk while the call is open.
    const talk = await submitTalk(t, s, speaker, { title: 'Blktap2 and the storage stack', abstract: 'Why *blktap2* replaced blktap.' });
    expect(talk).toMatchObject({ status: 'submitted', abstractHtml: '<p>Why <em>blktap2</em> replaced blktap.</p>\n' });

    // The chair runs assignment for the anonymous CfP; the speaker's colleague neither gets it nor can open it.
    const run = await call(t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(s.chair)).send({}), 200);
    expect(run).toMatchObject({ preview: false, underfilled: [], removed: [] });
    expect(run.added).toHaveLength(2);
    expect((await t.http().get(`/api/submissions/${talk.id}`).set(bearer(colleague))).status).toBe(404);
    expect((await t.http().get('/api/review-assignments').set(bearer(colleague))).body).toEqual([]);
    const assigned = (await t.http().get('/api/review-assignments').set(bearer(s.chair))).body.map(
      (row: { reviewerId: number }) => row.reviewerId,
    );
    expect(assigned).not.toContain(colleague.id);
    // Assignment e-mails name the talk, never its speaker.
    const assignmentMail = await until(() =>
      smtp.received.find((mail) => mailText(mail.raw).includes('* Blktap2 and the storage stack (submission')),
    );
    expect(assignmentMail.raw).not.toContain('Stodden');

    // Two reviewers score it, without ever seeing who proposed it.
    expect(assigned.sort()).toEqual(reviewers.map((reviewer) => reviewer.id).sort());
    for (const reviewer of reviewers) {
      expect((await t.http().get(`/api/submissions/${talk.id}`).set(bearer(reviewer))).body.speakers).toBeUndefined();
      await review(t, reviewer, talk.id, 2, { commentToSpeakers: 'A talk the community needs.' });
    }
    const [row] = (await t.http().get(`/api/cfps/${s.cfpId}/ranking`).set(bearer(s.chair))).body;
    expect(row).toMatchObject({ submissionId: talk.id, reviews: 2, missingReviews: 0, meanScore: 2, spread: 0, weightedScore: 2 });

    // The chair accepts it and releases the decisions; the speaker gets the e-mail.
    await call(
      t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(s.chair)).send({ decision: 'accept', version: row.version }),
      200,
    );
    expect((await t.http().get(`/api/submissions/${talk.id}`).set(bearer(speaker))).body.status).toBe('in_review');
    await call(t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.chair)).send({}), 200);
    const decisionMail = await until(() =>
      smtp.received.find(
        (mail) => mail.to === speaker.email && mailText(mail.raw).includes('"Blktap2 and the storage stack" was accepted for Xen Summit'),
      ),
    );
    expect(mailText(decisionMail.raw)).toContain('* A talk the community needs.');

    // The speaker confirms.
    const accepted = (await t.http().get(`/api/submissions/${talk.id}`).set(bearer(speaker))).body;
    expect(accepted).toMatchObject({ status: 'accepted', feedback: ['A talk the community needs.', 'A talk the community needs.'] });
    await call(t.http().post(`/api/submissions/${talk.id}/confirm`).set(bearer(speaker)).send({ version: accepted.version }), 200);

    // The chair places it; it appears on the public agenda and in the iCal feed.
    await call(
      t
        .http()
        .post('/api/agenda-slots')
        .set(bearer(s.chair))
        .send({ eventId: s.eventId, room: 'Auditorium', startsAt: summitDay('10:00'), endsAt: summitDay('10:30'), submissionId: talk.id }),
      201,
    );
    const agenda = await call(t.http().get(`/api/public/events/${s.slug}/agenda`), 200);
    expect(agenda.items).toEqual([
      expect.objectContaining({
        room: 'Auditorium',
        title: 'Blktap2 and the storage stack',
        startsAt: summitDay('10:00'),
        talk: expect.objectContaining({ speakers: [{ name: 'Daniel Stodden', affiliation: 'Citrix' }] }),
      }),
    ]);
    const feed = await t.http().get(`/api/public/events/${s.slug}/agenda.ics`);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const vevents = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(vevents).toHaveLength(1);
    expect(vevents[0].summary).toBe('Blktap2 and the storage stack — Daniel Stodden (Citrix)');
    expect(vevents[0].startDate.toJSDate().toISOString()).toBe(summitDay('10:00'));

    // Every step is in the talk's history.
    const history = await t.dataSource.query(
      `SELECT action, from_state, to_state FROM audit_log WHERE entity = 'submission' AND entity_id = $1 ORDER BY id`,
      [String(talk.id)],
    );
    expect(history.map((row: { action: string }) => row.action)).toEqual([
      'create',
      'submit',
      'start_review',
      'stage_decision',
      'accept',
      'confirm',
    ]);
  });
});
