import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/database/seed/seed.js';
import { createMigratedSchema } from './test-database.js';

describe('call for papers demo data', () => {
  let schema: Awaited<ReturnType<typeof createMigratedSchema>>;
  let client: pg.Client;
  beforeAll(async () => {
    schema = await createMigratedSchema();
    client = schema.client;
  });
  afterAll(() => schema.close());

  const rows = async (sql: string) => (await client.query(sql)).rows;
  const snapshot = async () => ({
    committee: await rows(
      `SELECT u.name, seat.role FROM committee_seat seat JOIN app_user u ON u.id = seat.user_id ORDER BY seat.role, u.name`,
    ),
    // The coming summit's call (the first one seeded; last year's summit has its own, for the library).
    submissions: await rows(
      `SELECT status, count(*)::int AS n FROM submission WHERE cfp_id = (SELECT min(id) FROM cfp) GROUP BY status ORDER BY status`,
    ),
    reviews: await rows(`SELECT count(*)::int AS n FROM review`),
    assignments: await rows(`SELECT count(*)::int AS n FROM review_assignment`),
    conflicts: await rows(
      `SELECT r.name AS reviewer, u.name AS person FROM conflict c JOIN app_user r ON r.id = c.reviewer_id JOIN app_user u ON ` +
        `u.id = c.user_id`,
    ),
    discussion: await rows(
      `SELECT s.title, u.name, c.visible_to_speakers AS shared FROM discussion_comment c JOIN submission s ON s.id = c.submission_id ` +
        `JOIN app_user u ON u.id = c.author_id ORDER BY c.id`,
    ),
    meetings: await rows(`SELECT order_mode, cardinality(submission_ids) AS talks FROM committee_meeting`),
    // Issue #14: the review form, the borderline talk in round 2 and its speakers' response.
    reviewForm: await rows(`SELECT jsonb_array_length(fields) AS fields, response_word_limit FROM review_form`),
    rounds: await rows(`SELECT s.title, r.round FROM review_round r JOIN submission s ON s.id = r.submission_id`),
    responses: await rows(`SELECT s.title FROM author_response a JOIN submission s ON s.id = a.submission_id`),
    // Issue #14: topics on the call, and eight reviewers' interests and bids (Justin has not bid yet).
    topics: await rows(`SELECT cardinality(topics) AS topics FROM cfp WHERE id = (SELECT min(id) FROM cfp)`),
    bidders: await rows(
      `SELECT u.name, count(*)::int AS bids FROM bid b JOIN app_user u ON u.id = b.reviewer_id GROUP BY u.name ORDER BY 1`,
    ),
    interested: await rows(`SELECT count(DISTINCT user_id)::int AS n FROM topic_interest`),
    agenda: await rows(
      `SELECT coalesce(s.title, a.title) AS title FROM agenda_slot a LEFT JOIN submission s ON s.id = a.submission_id ORDER BY a.starts_at`,
    ),
  });

  it('seats the Xen Summit committee, opens its call and adds a dozen talks once, however often it runs', async () => {
    await seedDemo(schema.target);
    const first = await snapshot();
    expect(first.committee).toEqual([
      { name: 'Anil Madhavapeddy', role: 'chair' },
      ...[
        'Boris Quiroz',
        'Dan Magenheimer',
        'Hitoshi Oi',
        'Jose Renato G Santos',
        'Justin Ryan',
        'Pasi Kärkkäinen',
        'Patrick Colp',
        'Sang-bum Suh',
        'Tim Mueting',
      ].map((name) => ({ name, role: 'reviewer' })),
    ]);
    expect(first.submissions.reduce((sum: number, row: { n: number }) => sum + row.n, 0)).toBe(12);
    expect(first.submissions.map((row: { status: string }) => row.status)).toEqual([
      'accepted',
      'confirmed',
      'draft',
      'in_review',
      'submitted',
      'withdrawn',
    ]);
    expect(first.conflicts).toEqual([{ reviewer: 'Patrick Colp', person: 'Daniel Stodden' }]);
    expect(first.agenda).toEqual([{ title: 'Welcome and introduction' }, { title: 'PV-ops dom0 in upstream Linux' }]);
    const [cfp] = await rows(`SELECT opens_at < now() AND closes_at > now() AS open, anonymous_review FROM cfp ORDER BY id LIMIT 1`);
    expect(cfp).toEqual({ open: true, anonymous_review: true });
    // The demo must obey the rules it demonstrates.
    expect(
      await rows(
        `SELECT ra.id FROM review_assignment ra JOIN submission_conflict sc ON sc.submission_id = ra.submission_id AND ` +
          `sc.reviewer_id = ra.reviewer_id`,
      ),
    ).toEqual([]);
    expect(
      await rows(
        `SELECT r.id FROM review r WHERE NOT EXISTS (SELECT 1 FROM review_assignment ra WHERE ra.submission_id = r.submission_id ` +
          `AND ra.reviewer_id = r.reviewer_id)`,
      ),
    ).toEqual([]);
    // A discussion on a talk in review (its author reviewed it, as the rule asks) and a meeting order.
    expect(first.discussion).toEqual([
      { title: 'Transcendent memory in practice', name: 'Hitoshi Oi', shared: false },
      { title: 'Transcendent memory in practice', name: 'Anil Madhavapeddy', shared: false },
      { title: 'Transcendent memory in practice', name: 'Anil Madhavapeddy', shared: true },
    ]);
    expect(first.meetings).toEqual([{ order_mode: 'score', talks: first.submissions.find((row) => row.status === 'in_review')?.n }]);

    expect(first.reviewForm).toEqual([{ fields: 2, response_word_limit: 300 }]);
    expect(first.rounds).toEqual([{ title: 'Xen on ARM: bringing the hypervisor to phones', round: 2 }]);
    expect(first.responses).toEqual([{ title: 'Xen on ARM: bringing the hypervisor to phones' }]);

    expect(first.topics).toEqual([{ topics: 8 }]);
    expect(first.bidders.map((row: { name: string }) => row.name)).toHaveLength(8);
    expect(first.bidders.map((row: { name: string }) => row.name)).not.toContain('Justin Ryan');
    expect(first.interested).toEqual([{ n: 8 }]);
    expect(
      await rows(
        `SELECT b.id FROM bid b JOIN submission_conflict sc ON sc.submission_id = b.submission_id AND sc.reviewer_id = b.reviewer_id`,
      ),
    ).toEqual([]);
    // Every talk of the call carries the topics its speaker tagged.
    expect(await rows(`SELECT count(*)::int AS n FROM submission WHERE topics = '{}' AND cfp_id = (SELECT min(id) FROM cfp)`)).toEqual([
      { n: 0 },
    ]);

    await seedDemo(schema.target);
    expect(await snapshot()).toEqual(first);
  });
});
