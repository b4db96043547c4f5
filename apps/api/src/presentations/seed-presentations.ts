import { createHash, randomBytes } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { comingYear } from '../database/seed/demo-dates.js';
import type { FileStorage } from '../storage/file-storage.js';
import { createFileStorage } from '../storage/storage.module.js';
import { processSlidesBuffer } from './slides-processing.js';

type DemoTalk = { title: string; speaker: string; track: string; abstract: string; views: number; downloads: number };

// Last year's summit, held, with its confirmed talks, their slides (small PDFs drawn here) and the
// views and downloads of the months since, so that the library and the statistics have something to
// show. "Memory Management in Xen" is the most popular, as in the newsletter.
const TALKS: DemoTalk[] = [
  {
    title: 'Memory Management in Xen',
    speaker: 'dan@summitdesk.test',
    track: 'Core',
    abstract: 'Transcendent memory, ballooning and page sharing: how Xen hands memory to its guests.',
    views: 48,
    downloads: 17,
  },
  {
    title: 'Blktap2 and the storage stack, a year on',
    speaker: 'daniel@summitdesk.test',
    track: 'Storage',
    abstract: 'The new block tap driver, VHD chains and where the storage stack goes next.',
    views: 31,
    downloads: 9,
  },
  {
    title: 'Xen on embedded ARM devices',
    speaker: 'sangbum@summitdesk.test',
    track: 'Core',
    abstract: 'Secure virtualization on phones: the Xen ARM port in practice.',
    views: 22,
    downloads: 6,
  },
  {
    title: 'Remus: high availability through asynchronous replication',
    speaker: 'patrick@summitdesk.test',
    track: 'Security',
    abstract: 'Checkpointing a running virtual machine to a backup host many times a second.',
    views: 15,
    downloads: 4,
  },
  {
    title: 'Performance of I/O virtualization on multi-core systems',
    speaker: 'hitoshi@summitdesk.test',
    track: 'Core',
    abstract: 'Measurements of network and disk throughput with driver domains on many cores.',
    views: 9,
    downloads: 2,
  },
];

export async function seedPresentations(dataSource: DataSource, storage?: FileStorage): Promise<void> {
  const year = comingYear() - 1;
  const slug = `xen-summit-north-america-${year}`;
  storage ??= createFileStorage(process.env, loadConfig().DATA_DIR);
  const put = storage.put.bind(storage);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO event (slug, name, kind, start_date, end_date, time_zone, venue, city, country, host_organization, website, status)
       VALUES ($1, $2, 'summit', $3, $4, 'America/Los_Angeles', 'AMD Sunnyvale campus', 'Sunnyvale', 'US', 'AMD',
         'https://xenproject.org/', 'held')
       ON CONFLICT DO NOTHING`,
      [slug, `Xen Summit North America ${year}`, `${year}-04-21`, `${year}-04-22`],
    );
    const [event] = await manager.query(`SELECT id FROM event WHERE slug = $1`, [slug]);
    if (!event) return;
    await manager.query(
      `INSERT INTO cfp (event_id, title, opens_at, closes_at, time_zone, review_opens_at, review_closes_at, formats, tracks,
        decisions_released_at)
       VALUES ($1, 'Call for presentations (last year)', $2, $3, 'America/Los_Angeles', $3, $4, $5, $6, $4) ON CONFLICT DO NOTHING`,
      [
        event.id,
        `${year - 1}-11-01T00:00:00Z`,
        `${year}-01-15T00:00:00Z`,
        `${year}-02-15T00:00:00Z`,
        JSON.stringify([{ name: 'talk', minutes: 40 }]),
        ['Core', 'Storage', 'Security'],
      ],
    );
    const [cfp] = await manager.query(`SELECT id FROM cfp WHERE event_id = $1`, [event.id]);
    for (const [index, talk] of TALKS.entries()) await seedTalk(manager, put, cfp.id, year, index, talk);
  });
}

async function seedTalk(
  manager: EntityManager,
  put: FileStorage['put'],
  cfpId: number,
  year: number,
  index: number,
  talk: DemoTalk,
): Promise<void> {
  if ((await manager.query(`SELECT 1 FROM submission WHERE cfp_id = $1 AND title = $2`, [cfpId, talk.title])).length) return;
  const [submission] = await manager.query(
    `INSERT INTO submission (cfp_id, submitter_id, title, abstract, format, track, level, status, submitted_at, decided_at)
     SELECT $1, id, $2, $3, 'talk', $4, 'intermediate', 'confirmed', $5, $6 FROM app_user WHERE email = $7 RETURNING id`,
    [cfpId, talk.title, talk.abstract, talk.track, `${year}-01-10T12:00:00Z`, `${year}-02-15T00:00:00Z`, talk.speaker],
  );
  if (!submission) return;
  await manager.query(
    `INSERT INTO submission_speaker (submission_id, user_id, email, name, affiliation, status, position)
     SELECT $1, id, lower(email), name, affiliation, 'accepted', 0 FROM app_user WHERE email = $2`,
    [submission.id, talk.speaker],
  );
  const [speaker] = await manager.query(`SELECT name FROM app_user WHERE email = $1`, [talk.speaker]);
  const processed = await processSlidesBuffer(await slideDeck(talk.title, speaker.name, year));
  const token = randomBytes(9).toString('hex');
  const uploadedAt = `${year}-04-${String(23 + index).padStart(2, '0')}T09:00:00Z`;
  const [presentation] = await manager.query(
    `INSERT INTO presentation (submission_id, slides_key, slides_size, page_count, preview_key, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [submission.id, null, null, processed.pageCount, null, uploadedAt],
  );
  const slidesKey = `presentations/${presentation.id}/${token}.pdf`;
  const previewKey = `presentations/${presentation.id}/${token}-preview.webp`;
  await put(slidesKey, processed.pdf, 'application/pdf');
  await put(previewKey, processed.preview, 'image/webp');
  await manager.query(`UPDATE presentation SET slides_key = $2, slides_size = $3, preview_key = $4 WHERE id = $1`, [
    presentation.id,
    slidesKey,
    processed.pdf.length,
    previewKey,
  ]);
  // Visits spread over the months after the summit, each from a different (made-up) visitor.
  for (const [kind, count] of [
    ['view', talk.views],
    ['download', talk.downloads],
  ] as const) {
    await manager.query(
      `INSERT INTO presentation_hit (presentation_id, kind, day, visitor_hash)
       SELECT $1, $2, ($3::date + (n * 150 / $4)), $5 || n FROM generate_series(1, $4) AS n ON CONFLICT DO NOTHING`,
      [
        presentation.id,
        kind,
        `${year}-04-23`,
        count,
        createHash('sha256').update(`demo ${presentation.id} ${kind}`).digest('hex').slice(0, 16),
      ],
    );
  }
}

async function slideDeck(title: string, speaker: string, year: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.setTitle(title);
  document.setAuthor(speaker);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const pages = [
    [title, `${speaker} · Xen Summit North America ${year}`],
    ['Where we are', 'What works today, and what the community asked for'],
    ['What comes next', 'Plans for the next release, and how to help'],
  ];
  for (const [heading, line] of pages) {
    const page = document.addPage([960, 540]);
    page.drawRectangle({ x: 0, y: 0, width: 960, height: 540, color: rgb(0.97, 0.97, 0.98) });
    page.drawRectangle({ x: 0, y: 470, width: 960, height: 70, color: rgb(0.75, 0.1, 0.12) });
    page.drawText('Xen Summit', { x: 40, y: 493, size: 24, font: bold, color: rgb(1, 1, 1) });
    page.drawText(heading, { x: 40, y: 300, size: heading.length > 40 ? 26 : 36, font: bold, color: rgb(0.1, 0.1, 0.15) });
    page.drawText(line, { x: 40, y: 250, size: 20, font: regular, color: rgb(0.3, 0.3, 0.35) });
  }
  return Buffer.from(await document.save());
}
