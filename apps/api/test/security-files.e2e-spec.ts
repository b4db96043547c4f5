import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createBudget, createEvent, inReview } from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// A phone photo as it leaves the phone: where it was taken, and with which camera.
const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Pocket 12', Copyright: 'Pasi at home' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '60/1 10/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '24/1 56/1 789/100' },
    })
    .toBuffer();

describe('uploaded files keep nothing but the pixels', () => {
  let t: TestApp;
  let organizer: TestUser;
  let pasi: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    await createBudget(t, organizer, 100_000);
  });
  afterAll(() => t.close());

  it('strips EXIF and GPS data from a booth photo before storing it', async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(original.includes(Buffer.from('PhoneMaker'))).toBe(true);

    const event = await createEvent(t, organizer, { name: 'Photo Fest' });
    const proposal = await inReview(t, pasi, organizer, event.id, { feeRequested: 0 });
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
    const uploaded = await t
      .http()
      .post(`/api/booth-proposals/${proposal.id}/photos`)
      .set(bearer(pasi))
      .attach('file', original, 'booth.jpg');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.mediaType).toBe('image/jpeg');

    const stored = await t
      .http()
      .get(uploaded.body.url)
      .set(bearer(organizer))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(stored.status).toBe(200);
    const bytes = stored.body as Buffer;
    const after = await sharp(bytes).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(after.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('Exif\0'))).toBe(false);
    expect(bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
    const [row] = await t.dataSource.query(`SELECT size_bytes FROM booth_proposal_photo WHERE booth_proposal_id = $1`, [proposal.id]);
    expect(Number(row.size_bytes)).toBe(bytes.length);
  });

  it('refuses a file that only starts like a JPEG', async () => {
    const event = await createEvent(t, organizer, { name: 'Broken Fest' });
    const proposal = await inReview(t, pasi, organizer, event.id, { feeRequested: 0 });
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF\0 not really an image at all')]);
    const response = await t
      .http()
      .post(`/api/booth-proposals/${proposal.id}/photos`)
      .set(bearer(pasi))
      .attach('file', truncated, 'booth.jpg');
    expect(response.status).toBe(415);
  });
});
