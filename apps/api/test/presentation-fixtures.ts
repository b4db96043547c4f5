import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { call, setUpSummit, submitTalk, type Summit } from './cfp-fixtures.js';
import { bearer, type TestApp, type TestUser } from './test-app.js';

// A small, valid slide deck: a title page and `pages - 1` more.
export async function pdf(title = 'Memory Management in Xen', pages = 2): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let n = 0; n < pages; n++) {
    const page = document.addPage([960, 540]);
    page.drawRectangle({ x: 0, y: 440, width: 960, height: 100, color: rgb(0.8, 0.1, 0.1) });
    page.drawText(n === 0 ? title : `Slide ${n + 1}`, { x: 40, y: 300, size: 36, font });
  }
  return Buffer.from(await document.save());
}

// Talks accepted by the chair with the decisions released: what the library may show.
export async function acceptedTalks(t: TestApp, s: Summit, speaker: TestUser, titles: string[], fields: Record<string, unknown> = {}) {
  const talks: Array<Record<string, any>> = [];
  for (const title of titles) {
    const talk = await submitTalk(t, s, speaker, { title, ...fields });
    await call(t.http().post(`/api/submissions/${talk.id}/decide`).set(bearer(s.chair)).send({ decision: 'accept' }), 200);
    talks.push(talk);
  }
  await call(t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.chair)).send({}), 200);
  return talks;
}

export async function presentationWithSlides(t: TestApp, speaker: TestUser, submissionId: number, title = 'Slides') {
  const created = await call(t.http().post('/api/presentations').set(bearer(speaker)).send({ submissionId }), 201);
  return call(
    t
      .http()
      .post(`/api/presentations/${created.id}/slides`)
      .set(bearer(speaker))
      .attach('file', await pdf(title), { filename: 'slides.pdf', contentType: 'application/pdf' }),
    200,
  );
}

// A summit whose talk by `speaker` is accepted and has its slides in the library.
export async function librarySummit(t: TestApp, speaker: TestUser, title = 'Memory Management in Xen') {
  const s = await setUpSummit(t);
  const [talk] = await acceptedTalks(t, s, speaker, [title]);
  const presentation = await presentationWithSlides(t, speaker, talk.id, title);
  return { s, talk, presentation };
}
