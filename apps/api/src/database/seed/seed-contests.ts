import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config/config.js';
import { processArtwork } from '../../contest-entries/artwork-processing.js';
import { ContestEntryEntity } from '../../contest-entries/contest-entry.entity.js';
import type { FileStorage } from '../../storage/file-storage.js';
import { createFileStorage } from '../../storage/storage.module.js';
import { UserEntity } from '../../users/user.entity.js';
import { VoteEntity } from '../../votes/vote.entity.js';
import { ContestEntity } from '../../contests/contest.entity.js';

const TITLE = 'Community mascot contest';
const DAY = 86_400_000;

const RULES = `Win $100 by submitting the best idea for a community mascot!

- One idea per entry: a name, a short description and a drawing (PNG, JPEG, WebP or SVG).
- Entries are checked by the organizers before they appear in the gallery.
- Every member has **one vote**, which can be changed until voting closes.
- The entry with the most votes wins; artwork is shared under CC BY 4.0.`;

// [author e-mail, title, idea, body colour, accent colour, approved?]
const ENTRIES: Array<[string, string, string, string, string, boolean]> = [
  [
    'pasi@summitdesk.test',
    'Xenguin',
    'A penguin cousin with a hypervisor hard hat: friendly to Linux, at home on any metal.',
    '#1f3b73',
    '#f5a623',
    true,
  ],
  [
    'heechul@summitdesk.test',
    'Panda Dom0',
    'A red panda that quietly manages every guest in the bamboo forest.',
    '#c0392b',
    '#fbeee6',
    true,
  ],
  [
    'konrad@summitdesk.test',
    'Captain Paravirt',
    'A fox in a cape who moves between worlds faster than anyone.',
    '#e67e22',
    '#2c3e50',
    true,
  ],
  ['fajar@summitdesk.test', 'Komodo Kernel', 'A Komodo dragon: patient, strong, and impossible to crash.', '#27ae60', '#f1c40f', true],
  [
    'daniel@summitdesk.test',
    'Blocky the Tapdisk',
    'A cheerful storage block with legs, always carrying someone else’s data.',
    '#8e44ad',
    '#ecf0f1',
    true,
  ],
  [
    'justin@summitdesk.test',
    'Owl of the Summit',
    'A wise owl who stays up through every late-night hack session.',
    '#7f8c8d',
    '#f39c12',
    false,
  ],
];

// [voter e-mail, title voted for]
const VOTES: Array<[string, string]> = [
  ['anil@summitdesk.test', 'Xenguin'],
  ['dan@summitdesk.test', 'Captain Paravirt'],
  ['boris@summitdesk.test', 'Xenguin'],
  ['jose@summitdesk.test', 'Panda Dom0'],
  ['hitoshi@summitdesk.test', 'Komodo Kernel'],
  ['sangbum@summitdesk.test', 'Panda Dom0'],
  ['patrick@summitdesk.test', 'Xenguin'],
];

// A simple mascot face, drawn as SVG and turned into a PNG by sharp, so the demo ships no binaries.
function drawing(body: string, accent: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
    <rect width="400" height="400" fill="#f7f9fc"/>
    <ellipse cx="200" cy="230" rx="130" ry="140" fill="${body}"/>
    <ellipse cx="200" cy="260" rx="80" ry="90" fill="${accent}"/>
    <circle cx="150" cy="170" r="28" fill="#fff"/><circle cx="250" cy="170" r="28" fill="#fff"/>
    <circle cx="156" cy="176" r="12" fill="#222"/><circle cx="244" cy="176" r="12" fill="#222"/>
    <path d="M175 215 Q200 240 225 215" stroke="#222" stroke-width="8" fill="none" stroke-linecap="round"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

// The newsletter's mascot contest, voting open now: entries closed two days ago, voting runs two weeks.
// Keyed by title: a second run leaves an existing contest alone.
export async function seedContests(dataSource: DataSource, storage?: FileStorage): Promise<void> {
  if (await dataSource.manager.existsBy(ContestEntity, { title: TITLE })) return;
  storage ??= createFileStorage(process.env, loadConfig().DATA_DIR);
  const users = new Map((await dataSource.manager.find(UserEntity)).map((user) => [user.email, user]));
  const now = Date.now();
  const scratch = await mkdtemp(join(tmpdir(), 'summitdesk-seed-'));
  try {
    await dataSource.transaction(async (manager) => {
      const contest = await manager.save(
        ContestEntity,
        manager.create(ContestEntity, {
          title: TITLE,
          rules: RULES,
          prize: 10_000,
          currency: 'USD',
          license: 'CC BY 4.0',
          timeZone: 'America/Los_Angeles',
          entriesOpenAt: new Date(now - 21 * DAY),
          entriesCloseAt: new Date(now - 2 * DAY),
          votingOpensAt: new Date(now - 2 * DAY),
          votingClosesAt: new Date(now + 14 * DAY),
          stage: 'published',
        }),
      );
      const entryIds = new Map<string, number>();
      for (const [email, title, description, body, accent, approved] of ENTRIES) {
        const author = users.get(email);
        if (!author) continue;
        const file = join(scratch, `${randomBytes(4).toString('hex')}.png`);
        const png = await drawing(body, accent);
        await writeFile(file, png);
        const processed = await processArtwork(file, png.length);
        const entry = await manager.save(
          ContestEntryEntity,
          manager.create(ContestEntryEntity, {
            contestId: contest.id,
            authorId: author.id,
            title,
            description,
            license: contest.license,
            licenseAcceptedAt: new Date(now - 10 * DAY),
            status: approved ? 'approved' : 'pending',
          }),
        );
        const token = randomBytes(6).toString('hex');
        const artworkKey = `contest-entries/${entry.id}/${token}.png`;
        const thumbnailKey = `contest-entries/${entry.id}/${token}-thumb.webp`;
        await storage.put(artworkKey, processed.artwork, processed.type);
        await storage.put(thumbnailKey, processed.thumbnail, 'image/webp');
        await manager.update(ContestEntryEntity, { id: entry.id }, { artworkKey, thumbnailKey, artworkType: processed.type });
        entryIds.set(title, entry.id);
      }
      for (const [email, title] of VOTES) {
        const voter = users.get(email);
        const entryId = entryIds.get(title);
        if (voter && entryId) await manager.insert(VoteEntity, { contestId: contest.id, entryId, voterId: voter.id });
      }
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
