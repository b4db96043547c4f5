import pg from 'pg';
import { hashPassword } from '../../auth/passwords.js';
import type { DatabaseTarget } from '../data-source.js';

// `npm run seed:scale`: a community with ten years of history, for benchmarks and query-plan checks.
// Everything is generated inside PostgreSQL (INSERT … SELECT over generate_series), which writes a
// million rows in seconds where row-by-row inserts from Node take minutes. The numbers come from
// PostgreSQL's own seeded generator (setseed before each step, no parallel workers), so the same
// factor and seed give the same data.

const SCALE_PASSWORD = 'scale-booth-banner-2027';
const SCALE_DOMAIN = 'scale.summitdesk.test';

type ScaleCounts = {
  users: number;
  events: number;
  reviewersPerCommittee: number;
  boothProposals: number;
  shipments: number;
  submissions: number;
  reviewsPerSubmission: number;
  contests: number;
  entriesPerContest: number;
  votes: number;
  auditRows: number;
};

// Factor 1: 200 events, 5,000 booth proposals, 20,000 shipments, 100,000 submissions with 300,000
// reviews, 50 contests with 200,000 votes, 1,000,000 audit-log rows.
function scaleCounts(factor: number): ScaleCounts {
  const at = (n: number, least = 1) => Math.max(least, Math.round(n * factor));
  const contests = at(50);
  const votes = at(200_000);
  return {
    // One vote per member per contest: each contest needs as many members as it has votes.
    users: Math.max(at(5_000, 200), Math.ceil(votes / contests) + 100),
    events: at(200, 2),
    reviewersPerCommittee: 20,
    boothProposals: at(5_000),
    shipments: at(20_000),
    submissions: at(100_000),
    reviewsPerSubmission: 3,
    contests,
    entriesPerContest: 20,
    votes,
    auditRows: at(1_000_000),
  };
}

type Step = { label: string; rows: number; sql: string[] };

function steps(c: ScaleCounts, passwordHash: string): Step[] {
  const r = (n: number) => `(1 + floor(random() * ${n}))::int`;
  const pick = (values: string[]) => `(ARRAY[${values.map((v) => `'${v}'`).join(', ')}])[${r(values.length)}]`;
  const user = (n: string) => `(SELECT base FROM scale_base WHERE name = 'user') + (${n}) - 1`;
  const orgs = ['Citrix', 'Oracle', 'AMD', 'Samsung', 'HP Labs', 'Intel', 'SUSE', 'Red Hat', 'IBM', 'Novell'];
  const subsPerCfp = Math.ceil(c.submissions / c.events);
  return [
    {
      label: 'users',
      rows: c.users,
      sql: [
        `CREATE TEMP TABLE scale_base (name text PRIMARY KEY, base int NOT NULL, count int NOT NULL)`,
        `INSERT INTO app_user (email, name, affiliation, country, role, password_hash, email_verified_at, created_at)
         SELECT 'scale-u' || n || '@${SCALE_DOMAIN}', 'Member ' || n, CASE WHEN random() < 0.7 THEN ${pick(orgs)} END,
                ${pick(['US', 'DE', 'KR', 'FI', 'GB', 'IN'])}, CASE WHEN n <= 5 THEN 'organizer' ELSE 'member' END,
                '${passwordHash}', now() - interval '3 years', now() - (n % 3650) * interval '1 day'
           FROM generate_series(1, ${c.users}) n`,
        `INSERT INTO scale_base SELECT 'user', min(id), count(*) FROM app_user WHERE email LIKE 'scale-u%@${SCALE_DOMAIN}'`,
      ],
    },
    {
      label: 'events',
      rows: c.events,
      sql: [
        // Ten years up to five months ahead; past events are held (or cancelled), future ones planned or confirmed.
        `INSERT INTO event (slug, name, kind, start_date, end_date, time_zone, city, country, status, host_organization, created_at)
         SELECT 'scale-event-' || n, ${pick(['Xen Summit', 'LinuxFest', 'Open Source Days', 'Cloud Expo', 'SCALE'])} || ' ' || n,
                ${pick(['summit', 'conference', 'meetup', 'tradeshow'])}, d, d + 2, 'UTC',
                ${pick(['Los Angeles', 'Berlin', 'Seoul', 'Spartanburg', 'Helsinki', 'San Francisco'])}, 'US',
                CASE WHEN d < current_date THEN (CASE WHEN random() < 0.9 THEN 'held' ELSE 'cancelled' END)
                     ELSE (CASE WHEN random() < 0.5 THEN 'planned' ELSE 'confirmed' END) END,
                ${pick(orgs)}, least(now(), d - interval '200 days')
           FROM (SELECT n, current_date - 3500 + (n * 3650 / ${c.events}) AS d FROM generate_series(1, ${c.events}) n) e`,
        `INSERT INTO scale_base SELECT 'event', min(id), count(*) FROM event WHERE slug LIKE 'scale-event-%'`,
        // A committee and a call for papers per event, with twenty reviewers each (the first few chair).
        `INSERT INTO committee (event_id, name) SELECT id, 'Program committee' FROM event WHERE slug LIKE 'scale-event-%'`,
        `INSERT INTO committee_seat (committee_id, user_id, role, affiliation)
         SELECT c.id, u.id, CASE WHEN k = 1 THEN 'chair' ELSE 'reviewer' END, u.affiliation
           FROM committee c JOIN event e ON e.id = c.event_id AND e.slug LIKE 'scale-event-%'
           CROSS JOIN generate_series(1, ${c.reviewersPerCommittee}) k
           JOIN app_user u ON u.id = ${user(`6 + ((e.id * 7 + k) % ${Math.min(400, c.users - 6)})`)}`,
        `INSERT INTO cfp (event_id, opens_at, closes_at, time_zone, review_opens_at, review_closes_at, anonymous_review, formats, tracks)
         SELECT e.id, e.start_date - 180, e.start_date - 120, 'UTC', e.start_date - 119, e.start_date - 90, random() < 0.7,
                '[{"name":"talk","minutes":30},{"name":"lightning","minutes":5}]', ARRAY['Core', 'Security', 'Storage', 'Cloud']
           FROM event e WHERE e.slug LIKE 'scale-event-%'`,
      ],
    },
    {
      label: 'booth proposals',
      rows: c.boothProposals,
      sql: [
        `INSERT INTO booth_proposal (event_id, proposer_id, status, pitch, expected_attendance, fee_requested, currency,
                                     fee_approved, approved_currency, exchange_rate, needed_by, status_changed_at, created_at)
         SELECT ev, proposer, status, 'We would like a booth: ' || n, 100 + (n % 900), fee, 'USD',
                CASE WHEN approved THEN fee END, CASE WHEN approved THEN 'USD' END, CASE WHEN approved THEN 1 END,
                start - 14, least(now(), start - 10), least(now(), start - 60) - (n % 30) * interval '1 hour'
           FROM (SELECT n, ev, proposer, fee, start, status,
                        status IN ('approved', 'funded', 'shipped', 'held', 'reported', 'closed') AS approved
                   FROM (SELECT n, e.id AS ev, e.start_date AS start, ${user(r(c.users))} AS proposer, (${r(40)} * 5000)::bigint AS fee,
                                CASE WHEN e.start_date < current_date
                                     THEN ${pick(['reported', 'closed', 'closed', 'held', 'rejected', 'withdrawn'])}
                                     ELSE ${pick(['draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'funded', 'shipped'])}
                                     END AS status
                           FROM generate_series(1, ${c.boothProposals}) n
                           JOIN event e ON e.id = (SELECT base FROM scale_base WHERE name = 'event') + (n % ${c.events})) p) q`,
        `INSERT INTO scale_base SELECT 'booth', min(id), count(*) FROM booth_proposal
          WHERE event_id >= (SELECT base FROM scale_base WHERE name = 'event')`,
      ],
    },
    {
      label: 'shipments',
      rows: c.shipments,
      sql: [
        // Only booths that got money ship anything; a parcel on its way has a carrier, a tracking number and an address.
        `CREATE TEMP TABLE scale_funded AS
         SELECT row_number() OVER (ORDER BY id) AS k, id, created_at FROM booth_proposal
          WHERE id >= (SELECT base FROM scale_base WHERE name = 'booth')
            AND status IN ('funded', 'shipped', 'held', 'reported', 'closed')`,
        `INSERT INTO shipment (booth_proposal_id, direction, status, ship_to, carrier, tracking_number, cost, currency,
                               packed_at, shipped_at, delivered_at, created_at)
         SELECT b.id, direction, status,
                jsonb_build_object('name', 'Booth team ' || n, 'city', ${pick(['Los Angeles', 'Berlin', 'Seoul', 'Helsinki'])}),
                ${pick(['UPS', 'FedEx', 'DHL', 'USPS'])}, '1Z' || lpad(n::text, 12, '0'), (${r(200)} * 100)::bigint, 'USD',
                CASE WHEN status <> 'requested' THEN at + interval '1 day' END,
                CASE WHEN status IN ('shipped', 'delivered', 'lost') THEN at + interval '2 days' END,
                CASE WHEN status = 'delivered' THEN at + interval '5 days' END, at
           FROM (SELECT n, 1 + (n % (SELECT count(*) FROM scale_funded)) AS k,
                        CASE WHEN random() < 0.8 THEN 'outbound' ELSE 'return' END AS direction,
                        ${pick(['requested', 'packed', 'shipped', 'delivered', 'delivered', 'delivered', 'lost', 'cancelled'])} AS status,
                        now() - (${c.shipments} - n) * interval '7 minutes' AS at
                   FROM generate_series(1, ${c.shipments}) n) s
           JOIN scale_funded b ON b.k = s.k`,
      ],
    },
    {
      label: 'submissions',
      rows: c.submissions,
      sql: [
        `CREATE TEMP TABLE scale_cfp AS
         SELECT row_number() OVER (ORDER BY cfp.id) - 1 AS k, cfp.id, cfp.event_id, cfp.closes_at, e.start_date
           FROM cfp JOIN event e ON e.id = cfp.event_id WHERE e.slug LIKE 'scale-event-%'`,
        // Past calls are decided; the calls of coming events are in review.
        `INSERT INTO submission (cfp_id, submitter_id, title, abstract, format, track, level, status, speaker_search,
                                 submitted_at, decided_at, created_at, updated_at)
         SELECT cfp.id, speaker, 'Talk ' || n || ': ' ||
           ${pick(['Live patching', 'Memory tiering', 'Secure boot', 'Fast networking', 'Debugging'])},
                'An abstract about the work ' || n, CASE WHEN n % 5 = 0 THEN 'lightning' ELSE 'talk' END,
                ${pick(['Core', 'Security', 'Storage', 'Cloud'])}, ${pick(['beginner', 'intermediate', 'advanced'])},
                CASE WHEN cfp.start_date < current_date THEN
                  ${pick(['accepted', 'rejected', 'rejected', 'waitlisted', 'confirmed', 'declined'])}
                     WHEN cfp.closes_at < now() THEN 'in_review' ELSE 'submitted' END,
                'Member ' || (speaker - (SELECT base FROM scale_base WHERE name = 'user') + 1),
                least(now(), cfp.closes_at) - (n % 1000) * interval '1 minute',
                CASE WHEN cfp.start_date < current_date THEN cfp.closes_at + interval '40 days' END,
                least(now(), cfp.closes_at) - (n % 1000) * interval '1 minute' - interval '1 day', least(now(), cfp.closes_at)
           FROM (SELECT n, ${user(r(c.users))} AS speaker FROM generate_series(1, ${c.submissions}) n) s
           JOIN scale_cfp cfp ON cfp.k = (s.n - 1) / ${subsPerCfp}`,
        `INSERT INTO submission_speaker (submission_id, user_id, email, name, affiliation, status, position)
         SELECT s.id, u.id, u.email, u.name, u.affiliation, 'accepted', 0
           FROM submission s JOIN scale_cfp cfp ON cfp.id = s.cfp_id JOIN app_user u ON u.id = s.submitter_id`,
        // About one reviewer in twenty declares a conflict with someone who submits.
        `INSERT INTO conflict (reviewer_id, user_id, declared_by)
         SELECT DISTINCT seat.user_id, ${user(r(c.users))}, seat.user_id
           FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id JOIN scale_cfp cfp ON cfp.event_id = c.event_id
          WHERE random() < 0.05
         ON CONFLICT DO NOTHING`,
      ],
    },
    {
      label: 'reviews',
      rows: c.submissions * c.reviewsPerSubmission,
      sql: [
        // Three different seat holders per talk (never its speaker), each with an assignment and a review.
        `CREATE TEMP TABLE scale_seat AS
         SELECT c.event_id, row_number() OVER (PARTITION BY seat.committee_id ORDER BY seat.id) - 1 AS k, seat.user_id
           FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id JOIN scale_cfp cfp ON cfp.event_id = c.event_id`,
        `CREATE INDEX ON scale_seat (event_id, k)`,
        // Candidates in turn, skipping the talk's own speaker and anyone conflicted with it (submission_conflict).
        `CREATE TEMP TABLE scale_pair AS
         SELECT submission_id, reviewer_id, created_at FROM (
           SELECT s.id AS submission_id, seat.user_id AS reviewer_id, s.created_at,
                  row_number() OVER (PARTITION BY s.id ORDER BY j) AS rn
             FROM submission s JOIN scale_cfp cfp ON cfp.id = s.cfp_id
             CROSS JOIN generate_series(0, ${c.reviewsPerSubmission + 4}) j
             JOIN scale_seat seat ON seat.event_id = cfp.event_id AND seat.k = (s.id + j) % ${c.reviewersPerCommittee}
            WHERE s.status <> 'submitted'
              AND NOT EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = s.id AND sc.reviewer_id = seat.user_id)
         ) candidates WHERE rn <= ${c.reviewsPerSubmission}`,
        `INSERT INTO review_assignment (submission_id, reviewer_id, source, created_at)
         SELECT submission_id, reviewer_id, 'automatic', created_at + interval '2 days' FROM scale_pair`,
        `INSERT INTO review (submission_id, reviewer_id, score, confidence, comment_to_speakers, created_at, updated_at)
         SELECT submission_id, reviewer_id, ${r(5)} - 3, ${r(3)}, 'Thanks for submitting.', created_at + interval '5 days',
                created_at + interval '5 days'
           FROM scale_pair`,
      ],
    },
    {
      label: 'contests and votes',
      rows: c.votes,
      sql: [
        // One every ten weeks or so; the latest is open for voting now.
        `INSERT INTO contest (title, prize, currency, license, entries_open_at, entries_close_at, voting_opens_at, voting_closes_at,
          stage, created_at)
         SELECT 'Mascot contest ' || n, 50000, 'USD', 'CC-BY-4.0', t, t + interval '30 days', t + interval '30 days', t + interval
           '60 days',
                CASE WHEN t + interval '60 days' < now() THEN 'closed' ELSE 'published' END, t - interval '10 days'
           FROM (SELECT n, now() - interval '45 days' - (${c.contests} - n) * interval '73 days' AS t
                   FROM generate_series(1, ${c.contests}) n) x`,
        `CREATE TEMP TABLE scale_contest AS
         SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM contest WHERE title LIKE 'Mascot contest %'
          ORDER BY id DESC LIMIT ${c.contests}`,
        `INSERT INTO contest_entry (contest_id, author_id, title, description, license, license_accepted_at, status, created_at)
         SELECT sc.id, ${user(`1 + (sc.k * ${c.entriesPerContest} + j) % ${c.users}`)}, 'Entry ' || j, 'A friendly panda', 'CC-BY-4.0',
                now(), 'approved', now() - interval '1 year'
           FROM scale_contest sc CROSS JOIN generate_series(1, ${c.entriesPerContest}) j`,
        `CREATE TEMP TABLE scale_entry AS
         SELECT e.contest_id, row_number() OVER (PARTITION BY e.contest_id ORDER BY e.id) - 1 AS k, e.id
           FROM contest_entry e JOIN scale_contest sc ON sc.id = e.contest_id`,
        `CREATE INDEX ON scale_entry (contest_id, k)`,
        // Voters are distinct within a contest: one vote per member per contest.
        `INSERT INTO vote (contest_id, entry_id, voter_id, created_at, updated_at)
         SELECT sc.id, e.id, ${user(`1 + (v.n - 1) / ${c.contests}`)}, now() - interval '1 year', now() - interval '1 year'
           FROM (SELECT n, (n - 1) % ${c.contests} AS ck, floor(random() * ${c.entriesPerContest})::int AS ek
                   FROM generate_series(1, ${c.votes}) n) v
           JOIN scale_contest sc ON sc.k = v.ck
           JOIN scale_entry e ON e.contest_id = sc.id AND e.k = v.ek`,
      ],
    },
    {
      label: 'audit log',
      rows: c.auditRows,
      sql: [
        `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, from_state, to_state)
         SELECT now() - (${c.auditRows} - n) * interval '5 minutes', actor, 'Member ' || (actor - (SELECT base FROM scale_base WHERE
           name = 'user') + 1),
                ent, (1 + n % 5000)::text, act, 'submitted', 'in_review'
           FROM (SELECT n, ${user(r(c.users))} AS actor,
                        ${pick(['submission', 'review', 'booth_proposal', 'shipment', 'vote', 'event', 'review_assignment'])} AS ent,
                        ${pick(['create', 'update', 'transition'])} AS act
                   FROM generate_series(1, ${c.auditRows}) n) a`,
      ],
    },
  ];
}

export async function seedScale(
  target: DatabaseTarget,
  options: { factor: number; seed?: number; progress?: (done: number, total: number, label: string) => void },
): Promise<{ counts: ScaleCounts; seeded: boolean }> {
  const counts = scaleCounts(options.factor);
  const client = new pg.Client({
    connectionString: target.url,
    ...(target.schema ? { options: `-c search_path=${target.schema},public` } : {}),
  });
  await client.connect();
  try {
    const present = await client.query(`SELECT 1 FROM app_user WHERE email = $1`, [`scale-u1@${SCALE_DOMAIN}`]);
    if (present.rowCount) return { counts, seeded: false };
    const plan = steps(counts, await hashPassword(SCALE_PASSWORD));
    const total = plan.reduce((sum, step) => sum + step.rows, 0);
    let done = 0;
    // One sequential process draws the numbers, so setseed makes them the same every time.
    await client.query('SET max_parallel_workers_per_gather = 0');
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');
    for (const [index, step] of plan.entries()) {
      options.progress?.(done, total, step.label);
      await client.query('SELECT setseed($1)', [(((options.seed ?? 42) * 31 + index) % 1000) / 1000]);
      for (const sql of step.sql) await client.query(sql);
      done += step.rows;
    }
    await client.query('COMMIT');
    options.progress?.(total, total, 'statistics');
    await client.query('ANALYZE');
    return { counts, seeded: true };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
