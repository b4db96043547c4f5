// POST /api/cfps/:id/assign end to end for a large summit: 2,000 submitted talks × 100 reviewers,
// 3 reviews each, with affiliation and declared conflicts, through the real app on an embedded
// PostgreSQL. Target: the whole run (conflicts, 6,000 assignments, state moves, audit, mail) under 5 s.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../apps/api/dist/app.factory.js';
import { loadConfig } from '../apps/api/dist/config/config.js';
import { migrate } from '../apps/api/dist/database/data-source.js';
import { startEmbeddedPostgres } from '../apps/api/dist/database/embedded.js';

const TARGET_MS = 5000;
const SUBMISSIONS = 2000;
const REVIEWERS = 100;

const dir = mkdtempSync(join(tmpdir(), 'summitdesk-bench-'));
const database = await startEmbeddedPostgres(dir, 'summitdesk_bench');
try {
  const target = { url: database.url };
  await migrate(target);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const affiliations = `(ARRAY['Citrix', 'Oracle', 'AMD', 'Samsung', 'HP Labs', 'Intel', 'SUSE', 'Red Hat', 'IBM', 'Novell'])`;
  await client.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('chair@example.test', 'Chair', 'organizer', 'x')`);
  await client.query(
    `INSERT INTO app_user (email, name, affiliation, role, password_hash) SELECT 'reviewer' || n || '@example.test', 'Reviewer ' ` +
      `|| n, ${affiliations}[1 + n % 10] || CASE WHEN n % 3 = 0 THEN '' ELSE ' ' || n END, 'member', 'x' FROM generate_series(1, ` +
      `${REVIEWERS}) n`,
  );
  await client.query(
    `INSERT INTO app_user (email, name, affiliation, role, password_hash) SELECT 'speaker' || n || '@example.test', 'Speaker ' ` +
      `|| n, ${affiliations}[1 + n % 10], 'member', 'x' FROM generate_series(1, 500) n`,
  );
  const [{ id: eventId }] = (
    await client.query(
      `INSERT INTO event (slug, name, kind, start_date, end_date, time_zone) VALUES ('bench-summit', 'Bench Summit', 'summit', ` +
        `'2030-04-21', '2030-04-22', 'UTC') RETURNING id`,
    )
  ).rows;
  const [{ id: committeeId }] = (await client.query(`INSERT INTO committee (event_id, name) VALUES ($1, 'PC') RETURNING id`, [eventId]))
    .rows;
  await client.query(
    `INSERT INTO committee_seat (committee_id, user_id, role, affiliation, track_preferences) SELECT $1, id, 'reviewer', ` +
      `affiliation, ARRAY[(ARRAY['Core', 'Security', 'Storage', 'Cloud'])[1 + id % 4]] FROM app_user WHERE email LIKE 'reviewer%'`,
    [committeeId],
  );
  const [{ id: cfpId }] = (
    await client.query(
      `INSERT INTO cfp (event_id, opens_at, closes_at, time_zone, review_opens_at, review_closes_at, reviews_per_submission,
        formats, tracks)
     VALUES ($1, now() - interval '10 days', now() + interval '10 days', 'UTC', now() - interval '10 days', now() + interval '20
       days', 3, '[{"name":"talk","minutes":30}]', ARRAY['Core', 'Security', 'Storage', 'Cloud']) RETURNING id`,
      [eventId],
    )
  ).rows;
  await client.query(
    `INSERT INTO submission (cfp_id, submitter_id, title, abstract, format, track, status, submitted_at)
     SELECT $1, (SELECT id FROM app_user WHERE email = 'speaker' || (1 + n % 500) || '@example.test'), 'Talk ' || n, 'Abstract '
       || n, 'talk', (ARRAY['Core', 'Security', 'Storage', 'Cloud'])[1 + n % 4], 'submitted', now()
       FROM generate_series(1, ${SUBMISSIONS}) n`,
    [cfpId],
  );
  await client.query(
    `INSERT INTO submission_speaker (submission_id, user_id, email, name, affiliation, status, position) SELECT s.id, u.id, ` +
      `u.email, u.name, u.affiliation, 'accepted', 0 FROM submission s JOIN app_user u ON u.id = s.submitter_id`,
  );
  await client.query(
    `INSERT INTO conflict (reviewer_id, user_id) SELECT r.id, s.id FROM app_user r JOIN app_user s ON s.email = 'speaker' || ` +
      `(r.id % 500 + 1) || '@example.test' WHERE r.email LIKE 'reviewer%'`,
  );
  await client.query('ANALYZE');
  const { rows } = await client.query(`SELECT id FROM app_user WHERE email = 'chair@example.test'`);
  const viewStarted = performance.now();
  await client.query(
    `SELECT sc.submission_id, sc.reviewer_id FROM submission_conflict sc JOIN submission s ON s.id = sc.submission_id WHERE s.cfp_id = $1`,
    [cfpId],
  );
  console.log(`  conflict query alone: ${(performance.now() - viewStarted).toFixed(0)} ms`);

  const config = loadConfig({
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    DATA_DIR: dir,
    WORKERS: 'off',
    ADMIN_DIST: '/nonexistent',
  });
  const app = await createApp(config, target);
  await app.listen(0, '127.0.0.1');
  const { JwtService } = await import('@nestjs/jwt');
  const token = app.get(JwtService).sign({ sub: rows[0].id, role: 'organizer' });
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;

  const started = performance.now();
  const response = await fetch(`${base}/api/cfps/${cfpId}/assign`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  const result = await response.json();
  const elapsed = performance.now() - started;
  const [check] = (
    await client.query(
      `SELECT (SELECT count(*)::int FROM review_assignment) AS assignments,
            (SELECT count(*)::int FROM review_assignment ra JOIN submission_conflict sc ON sc.submission_id = ra.submission_id
              AND sc.reviewer_id = ra.reviewer_id) AS conflicted,
            (SELECT max(n) - min(n) FROM (SELECT count(*) AS n FROM review_assignment GROUP BY reviewer_id) loads) AS spread,
            (SELECT count(*)::int FROM submission WHERE status = 'in_review') AS in_review`,
    )
  ).rows;
  await client.end();
  console.log(
    `POST /api/cfps/:id/assign, ${SUBMISSIONS} submissions × ${REVIEWERS} reviewers: ${response.status} in ${elapsed.toFixed(0)} ms`,
  );
  console.log(
    `  ${check.assignments} assignments, ${check.conflicted} conflicted, load spread ${check.spread}, ${check.in_review} in ` +
      `review, ${result.unfilled?.length} short`,
  );
  if (response.status !== 200 || check.conflicted > 0) {
    console.log('  FAIL: the assignment broke a rule');
    process.exitCode = 1;
  } else if (elapsed > TARGET_MS) {
    console.log(`  FAIL: slower than the ${TARGET_MS} ms target`);
    process.exitCode = 1;
  } else {
    console.log(`  ok (target ${TARGET_MS} ms)`);
  }
  await app.close();
} finally {
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
