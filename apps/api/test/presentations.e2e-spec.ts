import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { png } from './contest-fixtures.js';
import { acceptedTalks, pdf } from './presentation-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('presentation library', () => {
  let t: TestApp;
  let s: Summit;
  let speaker: TestUser;
  let coSpeaker: TestUser;
  let stranger: TestUser;
  let talk: Record<string, any>;
  let waiting: Record<string, any>;
  let presentationId: number;
  beforeAll(async () => {
    t = await createTestApp();
    speaker = await t.user('member', { name: 'Patrick Colp', affiliation: 'University of British Columbia' });
    coSpeaker = await t.user('member', { name: 'Dan Magenheimer' });
    stranger = await t.user('member');
    s = await setUpSummit(t);
    [talk] = await acceptedTalks(t, s, speaker, ['Memory Management in Xen'], { track: 'Security' });
    waiting = await submitTalk(t, s, speaker, { title: 'A talk still in review' });
  }, 60_000);
  afterAll(() => t.close());

  const upload = (id: number, body: Buffer | string, user = speaker, filename = 'slides.pdf') =>
    t
      .http()
      .post(`/api/presentations/${id}/slides`)
      .set(bearer(user))
      .attach('file', Buffer.from(body), { filename, contentType: 'application/pdf' });
  const binary = (url: string) =>
    t
      .http()
      .get(url)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const publicList = (filter: Record<string, unknown>, sort = ['views', 'DESC']) =>
    t
      .http()
      .get('/api/public/presentations')
      .query({ filter: JSON.stringify(filter), sort: JSON.stringify(sort) });

  it('lets the speaker of an accepted talk open its library record, upload slides and set the video link', async () => {
    const created = await call(t.http().post('/api/presentations').set(bearer(speaker)).send({ submissionId: talk.id }), 201);
    presentationId = created.id;
    expect(created).toMatchObject({ submissionId: talk.id, title: 'Memory Management in Xen', slidesUrl: null, views: 0, downloads: 0 });
    const uploaded = await call(upload(presentationId, await pdf('Memory Management in Xen', 3)), 200);
    expect(uploaded).toMatchObject({ pageCount: 3, isPublic: true, speakers: [{ name: 'Patrick Colp' }] });
    const preview = await binary(uploaded.previewUrl);
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const meta = await sharp(preview.body).metadata();
    expect(meta.width).toBe(640);
    expect(meta.height).toBe(360);
    const slides = await binary(uploaded.slidesUrl);
    expect(slides.headers['content-type']).toBe('application/pdf');
    expect(slides.body.subarray(0, 5).toString()).toBe('%PDF-');

    const edited = await call(
      t
        .http()
        .put(`/api/presentations/${presentationId}`)
        .set(bearer(speaker))
        .send({ ...uploaded, videoUrl: 'https://video.example/xen-mm' }),
      200,
    );
    expect(edited.videoUrl).toBe('https://video.example/xen-mm');
    const badLink = await t
      .http()
      .put(`/api/presentations/${presentationId}`)
      .set(bearer(speaker))
      .send({ videoUrl: 'javascript:alert(1)' });
    expect(badLink.status).toBe(400);
    expect(badLink.body.errors.videoUrl).toBeDefined();
    const history = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'presentation' AND entity_id = $1 ORDER BY id`, [
      String(presentationId),
    ]);
    expect(history.map((row: { action: string }) => row.action)).toEqual(['create', 'upload_slides', 'update']);
  });

  it('refuses a file that is not a PDF with 415, whatever its name says, and keeps the slides it had', async () => {
    const before = (await t.http().get(`/api/presentations/${presentationId}`).set(bearer(speaker))).body;
    for (const body of [await png(), '<html><script>alert(1)</script></html>', '%PDF-1.7\nthis is not really a PDF at all\n%%EOF']) {
      const response = await upload(presentationId, body);
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ code: 'PRESENTATION.SLIDES_NOT_PDF', errors: { file: expect.any(String) } });
    }
    const after = (await t.http().get(`/api/presentations/${presentationId}`).set(bearer(speaker))).body;
    expect(after.slidesUrl).toBe(before.slidesUrl);
    expect(after.version).toBe(before.version);
  });

  it('refuses slides over the size limit with 413 and no upload at all with 400', async () => {
    const huge = Buffer.concat([await pdf(), Buffer.alloc(26 * 1024 * 1024)]);
    const response = await upload(presentationId, huge);
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PRESENTATION.SLIDES_TOO_LARGE');
    const none = await t.http().post(`/api/presentations/${presentationId}/slides`).set(bearer(speaker)).send({});
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('PRESENTATION.SLIDES_MISSING');
  });

  it('keeps presentations to their speakers and the organizers', async () => {
    expect((await t.http().get(`/api/presentations/${presentationId}`).set(bearer(stranger))).status).toBe(404);
    expect((await upload(presentationId, await pdf(), stranger)).status).toBe(404);
    expect((await upload(presentationId, await pdf(), s.organizer)).status).toBe(403);
    expect((await t.http().get(`/api/presentations/${presentationId}`).set(bearer(s.organizer))).status).toBe(200);
    expect((await t.http().get(`/api/presentations/${presentationId}`)).status).toBe(401);
    const mine = await t.http().get('/api/presentations').set(bearer(speaker));
    expect(mine.body.map((row: { id: number }) => row.id)).toEqual([presentationId]);
    expect(mine.headers['content-range']).toBe('presentations 0-0/1');
    expect((await t.http().get('/api/presentations').set(bearer(stranger))).body).toEqual([]);
    expect((await t.http().post('/api/presentations').set(bearer(coSpeaker)).send({ submissionId: talk.id })).status).toBe(404);
    const twice = await t.http().post('/api/presentations').set(bearer(speaker)).send({ submissionId: talk.id });
    expect(twice.status).toBe(409);
    const early = await t.http().post('/api/presentations').set(bearer(speaker)).send({ submissionId: waiting.id });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PRESENTATION.TALK_NOT_ACCEPTED');
  });

  it('keeps talks out of the public library until they are accepted and the decisions are released', async () => {
    const other = await setUpSummit(t);
    const hidden = await submitTalk(t, other, speaker, { title: 'Anonymous until released' });
    await call(t.http().post(`/api/submissions/${hidden.id}/decide`).set(bearer(other.chair)).send({ decision: 'accept' }), 200);
    // Staged but not released: not accepted yet for anyone outside the committee.
    expect((await t.http().post('/api/presentations').set(bearer(speaker)).send({ submissionId: hidden.id })).status).toBe(409);
    const all = await publicList({});
    expect(all.body.map((row: { title: string }) => row.title)).toEqual(['Memory Management in Xen']);
    expect(JSON.stringify(all.body)).not.toContain('Anonymous until released');
  });

  it('searches the public library by title, speaker and track, per event and per year', async () => {
    const titles = async (filter: Record<string, unknown>) => (await publicList(filter)).body.map((row: { title: string }) => row.title);
    expect(await titles({ q: 'memory management' })).toEqual(['Memory Management in Xen']);
    expect(await titles({ q: 'colp' })).toEqual(['Memory Management in Xen']);
    expect(await titles({ q: 'security', track: 'Security' })).toEqual(['Memory Management in Xen']);
    expect(await titles({ q: 'nothing like this' })).toEqual([]);
    expect(await titles({ eventId: s.eventId })).toEqual(['Memory Management in Xen']);
    expect(await titles({ eventId: 999_999 })).toEqual([]);
    const year = (await publicList({})).body[0].year;
    expect(await titles({ year })).toEqual(['Memory Management in Xen']);
    expect(await titles({ year: year - 1 })).toEqual([]);
    for (const bad of ['{"__proto__":{"x":1}}', '{"eventId":"x"}', '{"q":5}', '{"secret":1}', '[1]']) {
      const response = await t.http().get('/api/public/presentations').query({ filter: bad });
      expect(response.status).toBe(400);
    }
    expect((await t.http().get('/api/public/presentations').query({ sort: '["speakerEmail","ASC"]' })).status).toBe(400);
  });

  it('counts a view once per visitor per day, also when the same visitor sends many at once, and stores nothing personal', async () => {
    const view = (agent: string) => t.http().post(`/api/public/presentations/${presentationId}/views`).set('User-Agent', agent).send({});
    expect((await call(view('Firefox/1'), 200)).views).toBe(1);
    expect((await call(view('Firefox/1'), 200)).views).toBe(1);
    const burst = await Promise.all(Array.from({ length: 12 }, () => view('Chromium/2')));
    expect(burst.every((response) => response.status === 200)).toBe(true);
    expect((await t.http().get(`/api/public/presentations/${presentationId}`)).body.views).toBe(2);
    await call(view('Safari/3'), 200);
    const downloads = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.http().post(`/api/public/presentations/${presentationId}/downloads`).set('User-Agent', 'Firefox/1').send({}),
      ),
    );
    expect(downloads.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const figures = (await t.http().get(`/api/public/presentations/${presentationId}`)).body;
    expect(figures).toMatchObject({ views: 3, downloads: 1 });

    const stored = JSON.stringify(await t.dataSource.query(`SELECT * FROM presentation_hit`));
    expect(stored).not.toMatch(/127\.0\.0\.1|::1|Firefox|Chromium|Safari/);
    const columns = (
      await t.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'presentation_hit' AND table_schema = current_schema()`,
      )
    ).map((row: { column_name: string }) => row.column_name);
    expect(columns.sort()).toEqual(['day', 'id', 'kind', 'presentation_id', 'visitor_hash']);
    expect(
      (
        await t
          .http()
          .post(`/api/public/presentations/${waiting.id + 1000}/views`)
          .send({})
      ).status,
    ).toBe(404);
  });

  it("rotates the salt each day and deletes the old ones, so yesterday's visitor counts again today", async () => {
    await t.dataSource.query(`UPDATE presentation_hit SET day = day - 1`);
    await t.dataSource.query(`UPDATE presentation_salt SET day = day - 1`);
    const salts = await t.dataSource.query(`SELECT salt FROM presentation_salt`);
    expect(salts).toHaveLength(1);
    const again = await call(
      t.http().post(`/api/public/presentations/${presentationId}/views`).set('User-Agent', 'Firefox/1').send({}),
      200,
    );
    expect(again.views).toBe(4);
    const now = await t.dataSource.query(`SELECT day::text AS day, salt FROM presentation_salt`);
    expect(now).toHaveLength(1);
    expect(now[0].day).toBe(new Date().toISOString().slice(0, 10));
    expect(Buffer.compare(now[0].salt, salts[0].salt)).not.toBe(0);
  });

  it('lists the most popular talks first and offers them to the digest', async () => {
    const [second] = await acceptedTalks(t, s, coSpeaker, ['Xen and the art of virtualization']);
    const created = await call(t.http().post('/api/presentations').set(bearer(coSpeaker)).send({ submissionId: second.id }), 201);
    await call(upload(created.id, await pdf('Xen and the art'), coSpeaker), 200);
    const popular = await publicList({ eventId: s.eventId });
    expect(popular.body.map((row: { title: string; views: number }) => [row.title, row.views])).toEqual([
      ['Memory Management in Xen', 4],
      ['Xen and the art of virtualization', 0],
    ]);
    const { PresentationsService } = await import('../src/presentations/presentations.service.js');
    const fresh = await t.app.get(PresentationsService).newSince(new Date(Date.now() - 3_600_000));
    expect(fresh.map((row) => row.title)).toEqual(['Memory Management in Xen', 'Xen and the art of virtualization']);
  });
});
