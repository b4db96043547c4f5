import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, enter, png, publishedContest, until } from './contest-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

const evilSvg = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="alert('svg')">
  <script>alert(document.cookie)</script>
  <defs><linearGradient id="sky"><stop offset="0" stop-color="#09f"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>
  <circle cx="50" cy="50" r="40" fill="url(#sky)" onclick="steal()" style="fill:url(https://evil.example/track.png)"/>
  <image href="https://evil.example/pixel.png" width="10" height="10"/>
  <use xlink:href="https://evil.example/sprite.svg#a"/>
  <a href="javascript:alert(1)"><text x="10" y="90">Tux</text></a>
  <foreignObject><iframe src="https://evil.example"></iframe></foreignObject>
</svg>`;

describe('contest artwork uploads', () => {
  let t: TestApp;
  let organizer: TestUser;
  let author: TestUser;
  let contestId: number;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    author = await t.user('member', { name: 'Fajar' });
    contestId = (await publishedContest(t, organizer)).id;
  });
  afterAll(() => t.close());

  const upload = (entryId: number, body: Buffer | string, filename = 'mascot.png', contentType = 'image/png', user = author) =>
    t.http().post(`/api/contest-entries/${entryId}/artwork`).set(bearer(user)).attach('file', Buffer.from(body), { filename, contentType });
  const fetchUrl = (url: string) =>
    t
      .http()
      .get(url)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const artworkTypeOf = async (entryId: number) =>
    (await t.dataSource.query(`SELECT artwork_type FROM contest_entry WHERE id = $1`, [entryId]))[0].artwork_type;

  it('re-encodes a PNG, makes a WebP thumbnail and serves both as inert images', async () => {
    const entry = await enter(t, author, contestId, 'Blue blob');
    const response = await upload(entry.id, await png('#3366cc', 800));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ artworkType: 'image/png', status: 'pending' });
    const artwork = await fetchUrl(response.body.artworkUrl);
    expect(artwork.status).toBe(200);
    expect(artwork.headers['content-type']).toBe('image/png');
    expect(artwork.headers['x-content-type-options']).toBe('nosniff');
    expect(artwork.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(artwork.headers['content-disposition']).toMatch(/^inline; filename="contest-entry-\d+-artwork\.png"$/);
    expect((await sharp(artwork.body).metadata()).width).toBe(800);
    const thumbnail = await fetchUrl(response.body.thumbnailUrl);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumbnail.body).metadata()).width).toBe(480);
  });

  it('drops camera metadata when it re-encodes a JPEG', async () => {
    const entry = await enter(t, author, contestId, 'Photo mascot');
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#884422' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Taken at my home address' } })
      .toBuffer();
    expect(jpeg.includes('my home address')).toBe(true);
    const response = await upload(entry.id, jpeg, 'photo.jpg', 'image/jpeg');
    expect(response.status).toBe(200);
    const artwork = await fetchUrl(response.body.artworkUrl);
    expect(artwork.headers['content-type']).toBe('image/jpeg');
    expect(artwork.body.includes('my home address')).toBe(false);
  });

  it('refuses a "PNG" that is really HTML, and a renamed executable, with 415 and keeps nothing', async () => {
    const entry = await enter(t, author, contestId, 'Sneaky');
    const html = await upload(entry.id, '<!doctype html><html><body><script>alert(1)</script></body></html>');
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({
      code: 'CONTEST_ENTRY.ARTWORK_UNSUPPORTED',
      errors: { file: 'must be a PNG, JPEG, WebP or SVG image' },
    });
    const executable = readFileSync(process.execPath).subarray(0, 64 * 1024);
    const exe = await upload(entry.id, executable, 'mascot.png', 'image/png');
    expect(exe.status).toBe(415);
    expect(exe.body.message).toMatch(/application\/x-elf/);
    const fakePng = Buffer.concat([(await png()).subarray(0, 40), Buffer.from('not really the rest of a PNG')]);
    expect((await upload(entry.id, fakePng)).status).toBe(415);
    expect(await artworkTypeOf(entry.id)).toBeNull();
  });

  it('stores an SVG without scripts, handlers or outside references, and serves it so it cannot run', async () => {
    const entry = await enter(t, author, contestId, 'Vector penguin');
    const response = await upload(entry.id, evilSvg, 'penguin.svg', 'image/svg+xml');
    expect(response.status).toBe(200);
    expect(response.body.artworkType).toBe('image/svg+xml');
    const served = await fetchUrl(response.body.artworkUrl);
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect(served.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    const svg = served.body.toString('utf8');
    for (const banned of ['script', 'onload', 'onclick', 'evil.example', 'javascript:', 'foreignObject', 'iframe', '<image', 'style='])
      expect(svg).not.toContain(banned);
    expect(svg).toContain('fill="url(#sky)"');
    expect(svg).toContain('linearGradient');
    expect((await fetchUrl(response.body.thumbnailUrl)).headers['content-type']).toBe('image/webp');
  });

  it('refuses an SVG that defines entities, and text that only pretends to be SVG', async () => {
    const entry = await enter(t, author, contestId, 'Entities');
    const billion =
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><svg ` +
      `xmlns="http://www.w3.org/2000/svg"><text>&lol2;</text></svg>`;
    expect((await upload(entry.id, billion, 'a.svg', 'image/svg+xml')).status).toBe(415);
    expect((await upload(entry.id, 'hello <svg> world', 'a.svg', 'image/svg+xml')).status).toBe(415);
  });

  it('answers a 50 MB upload with 413 from the stream, leaving no temporary file behind', async () => {
    const entry = await enter(t, author, contestId, 'Huge');
    const response = await upload(entry.id, Buffer.alloc(50 * 1024 * 1024, 1), 'huge.png');
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'CONTEST_ENTRY.ARTWORK_TOO_LARGE', errors: { file: 'must be at most 10 MB' } });
    expect(readdirSync(join(t.config.DATA_DIR, 'incoming'))).toEqual([]);
    expect(await artworkTypeOf(entry.id)).toBeNull();
  });

  it('removes the temporary file when the request is refused after the upload was received', async () => {
    const refused = await t
      .http()
      .post('/api/contest-entries/not-an-id/artwork')
      .set(bearer(author))
      .attach('file', await png(), 'a.png');
    expect(refused.status).toBe(404);
    await until(() => readdirSync(join(t.config.DATA_DIR, 'incoming')).length === 0);
  });

  it('asks for the file field by name when it is missing or misnamed', async () => {
    const entry = await enter(t, author, contestId, 'Nameless');
    const none = await t.http().post(`/api/contest-entries/${entry.id}/artwork`).set(bearer(author)).field('title', 'x');
    expect(none.status).toBe(400);
    expect(none.body.errors).toHaveProperty('file');
    const misnamed = await t
      .http()
      .post(`/api/contest-entries/${entry.id}/artwork`)
      .set(bearer(author))
      .attach('picture', await png(), 'a.png');
    expect(misnamed.status).toBe(400);
    expect(misnamed.body.errors).toHaveProperty('file');
  });

  it("lets only the author upload, and hides other members' pending entries entirely", async () => {
    const entry = await enter(t, author, contestId, 'Mine');
    const other = await t.user('member');
    expect((await upload(entry.id, await png(), 'a.png', 'image/png', other)).status).toBe(404);
    expect(
      (
        await t
          .http()
          .post(`/api/contest-entries/${entry.id}/artwork`)
          .attach('file', await png(), 'a.png')
      ).status,
    ).toBe(401);
    await upload(entry.id, await png());
    await approve(t, organizer, entry.id);
    expect((await upload(entry.id, await png(), 'a.png', 'image/png', other)).status).toBe(403);
  });

  it('serves pending artwork only through the signed link, and approved artwork to anyone until it is hidden', async () => {
    const entry = await enter(t, author, contestId, 'Secret until approved', await png('#aa00aa'));
    const plain = `/api/public/contest-entries/${entry.id}/artwork`;
    expect((await t.http().get(plain)).status).toBe(404);
    expect((await fetchUrl(entry.artworkUrl)).status).toBe(200);
    expect((await t.http().get(entry.artworkUrl.replace(/signature=[^&]+/, 'signature=forged'))).status).toBe(404);
    expect((await t.http().get(entry.artworkUrl.replace(/expires=\d+/, 'expires=99999999999'))).status).toBe(404);
    const approved = await approve(t, organizer, entry.id);
    expect(approved.artworkUrl).not.toContain('signature');
    expect((await fetchUrl(approved.artworkUrl)).status).toBe(200);
    await t.http().post(`/api/contest-entries/${entry.id}/hide`).set(bearer(organizer)).send({ reason: 'Duplicate' });
    expect((await t.http().get(approved.artworkUrl)).status).toBe(404);
  });

  it('puts a changed artwork of an approved entry back into moderation', async () => {
    const entry = await enter(t, author, contestId, 'Changing', await png());
    await approve(t, organizer, entry.id);
    const replaced = await upload(entry.id, await png('#ff0000'));
    expect(replaced.status).toBe(200);
    expect(replaced.body.status).toBe('pending');
  });
});
