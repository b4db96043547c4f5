import { isoWeekOf, isoWeekRange, digestIssue } from '@summitdesk/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { announcementText, renderAnnouncement } from '../announcements/announcement-markdown.js';
import { comingYear } from '../database/seed/demo-dates.js';
import type { DigestContent } from './digest-content.js';
import { renderDigest } from './digest-render.js';

const DAY = 86_400_000;

type DemoNews = {
  key: string;
  title: string;
  body: string;
  daysAgo: number;
  pinned?: boolean;
  link: (m: EntityManager, year: number) => Promise<Record<string, number | null>>;
};

const idOf = async (manager: EntityManager, sql: string, params: unknown[]) =>
  ((await manager.query(sql, params))[0]?.id as number | undefined) ?? null;

// From the seed newsletter (Vol 10 No 4): the summit at AMD and its committee, the mascot contest's
// $100 prize, and the SCALE booth asking for volunteers.
const NEWS: DemoNews[] = [
  {
    key: 'demo-xen-summit-amd',
    title: 'Xen Summit North America at AMD: program committee announced',
    body:
      `The **Xen Summit North America at AMD** program committee is now formed: a great collection of community members from ` +
      `various global locations, corporations, universities and users.

- Boris Quiroz
- Anil Madhavapeddy
- Dan Magenheimer
- Jose Renato G Santos
- Hitoshi Oi
- Pasi Kärkkäinen
- Sang-bum Suh
- Patrick Colp
- Justin Ryan
- Tim Mueting

Look for the call for topic submissions: it is open now under *My talks*.`,
    daysAgo: 9,
    pinned: true,
    link: async (manager, year) => ({
      eventId: await idOf(manager, `SELECT id FROM event WHERE slug = $1`, [`xen-summit-north-america-${year}`]),
      cfpId: await idOf(manager, `SELECT c.id FROM cfp c JOIN event e ON e.id = c.event_id WHERE e.slug = $1`, [
        `xen-summit-north-america-${year}`,
      ]),
    }),
  },
  {
    key: 'demo-mascot-contest',
    title: 'Mascot contest: win $100',
    body:
      'Win **$100** by submitting the best idea for a community mascot! Entries are in; every member now has one vote, which ' +
      'can be changed until voting closes.',
    daysAgo: 8,
    link: async (manager) => ({ contestId: await idOf(manager, `SELECT id FROM contest WHERE title = 'Community mascot contest'`, []) }),
  },
  {
    key: 'demo-scale-volunteers',
    title: 'Booth volunteers wanted at SCALE',
    body:
      'We have a booth at **SCALE** in Los Angeles, CA (February 19–21). If you are interested in assisting at the booth (and ' +
      'showing your Xen-related solution), offer a shift under *Booth shifts*. Thanks to Heechul Kim from Korea, who will be assisting!',
    daysAgo: 2,
    link: async (manager, year) => {
      const eventId = await idOf(manager, `SELECT id FROM event WHERE slug = $1`, [`scale-${year}`]);
      return {
        eventId,
        boothProposalId: await idOf(manager, `SELECT id FROM booth_proposal WHERE event_id = $1 ORDER BY id LIMIT 1`, [eventId]),
      };
    },
  },
];

// Announcements, a few subscribers (Pasi reads German; Heechul may be thanked by name) and last
// week's issue sent, in the public archive. Keyed by natural keys, so running it again adds nothing.
export async function seedNews(dataSource: DataSource): Promise<void> {
  const year = comingYear();
  const now = Date.now();
  await dataSource.transaction(async (manager) => {
    const [organizer] = await manager.query(`SELECT id FROM app_user WHERE email = 'organizer@summitdesk.test'`);
    for (const news of NEWS) {
      const links = await news.link(manager, year);
      await manager.query(
        `INSERT INTO announcement (title, body, event_id, cfp_id, contest_id, booth_proposal_id, status, published_at, pinned, ` +
          `author_id, suggestion_key)
         VALUES ($1, $2, $3, $4, $5, $6, 'published', $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        [
          news.title,
          news.body,
          links.eventId ?? null,
          links.cfpId ?? null,
          links.contestId ?? null,
          links.boothProposalId ?? null,
          new Date(now - news.daysAgo * DAY),
          news.pinned ?? false,
          organizer?.id ?? null,
          news.key,
        ],
      );
    }
    const subscribers: Array<[email: string, language: string, topics: string[], consent: boolean]> = [
      ['organizer@summitdesk.test', 'en', [], false],
      ['pasi@summitdesk.test', 'de', ['cfps', 'contests'], true],
      ['heechul@summitdesk.test', 'en', ['booth_help'], true],
      ['konrad@summitdesk.test', 'en', ['events'], true],
    ];
    for (const [email, language, topics, consent] of subscribers) {
      await manager.query(
        `INSERT INTO subscriber (email, user_id, language, digest, topics, credit_consent, confirmed_at)
         SELECT email, id, $2, true, $3, $4, now() FROM app_user WHERE email = $1 ON CONFLICT DO NOTHING`,
        [email, language, topics, consent],
      );
    }

    // Last week's issue, as it went out.
    const week = isoWeekOf(new Date(now - 7 * DAY));
    const [exists] = await manager.query(`SELECT 1 FROM digest WHERE week = $1`, [week]);
    if (exists) return;
    const range = isoWeekRange(week);
    const news: Array<{ id: number; title: string; body: string; pinned: boolean }> = await manager.query(
      `SELECT id, title, body, pinned FROM announcement WHERE status = 'published' AND published_at >= $1 AND published_at < $2
       ORDER BY pinned DESC, published_at`,
      [range.from, range.to],
    );
    const content: DigestContent = {
      week,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      announcements: news.map((row) => ({
        id: row.id,
        title: row.title,
        html: renderAnnouncement(row.body),
        text: announcementText(row.body),
        pinned: row.pinned,
      })),
      booths: [],
      cfps: [],
      contests: [],
      thanks: [{ name: 'Heechul Kim', reason: 'booth', about: `SCALE ${year}` }],
      sections: [],
    };
    const issue = digestIssue(week, Number(week.slice(0, 4)));
    const intro =
      'Welcome to the weekly digest with a variety of information to keep you updated on all things Xen. Please feel free to ' +
      'contact me with suggestions for the digest.';
    const en = renderDigest(content, intro, issue.label, 'en');
    const de = renderDigest(content, intro, issue.label, 'de');
    const sentAt = new Date(range.from.getTime() + 4 * DAY + 9 * 3_600_000);
    await manager.query(
      `INSERT INTO digest (week, volume, number, intro, status, content, html, text, html_de, text_de, sent_at, sent_count)
       VALUES ($1, $2, $3, $4, 'sent', $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [week, issue.volume, issue.number, intro, JSON.stringify(content), en.html, en.text, de.html, de.text, sentAt, subscribers.length],
    );
  });
}
