// List queries on a realistic table: 20,000 events, searched, filtered and sorted the way the admin
// asks. Prints latency percentiles and the query plans (which should use the trigram and b-tree indexes).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../apps/api/dist/app.factory.js';
import { loadConfig } from '../apps/api/dist/config/config.js';
import { migrate } from '../apps/api/dist/database/data-source.js';
import { startEmbeddedPostgres } from '../apps/api/dist/database/embedded.js';

const ROWS = 20_000;
const REQUESTS = 300;

const dir = mkdtempSync(join(tmpdir(), 'summitdesk-bench-'));
const database = await startEmbeddedPostgres(dir, 'summitdesk_bench');
try {
  const target = { url: database.url };
  await migrate(target);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`
    INSERT INTO event (slug, name, kind, start_date, end_date, time_zone, city, country, status)
    SELECT 'event-' || n, (ARRAY['Xen Summit', 'LinuxFest', 'Open Source Days', 'Cloud Expo'])[1 + n % 4] || ' ' || n,
      (ARRAY['summit', 'conference', 'meetup', 'tradeshow'])[1 + n % 4],
      date '2020-01-01' + (n % 2500), date '2020-01-01' + (n % 2500) + 2, 'UTC',
      (ARRAY['Los Angeles', 'Berlin', 'Seoul', 'Spartanburg', 'Helsinki'])[1 + n % 5], 'US',
      (ARRAY['planned', 'confirmed', 'held', 'cancelled'])[1 + n % 4]
    FROM generate_series(1, ${ROWS}) AS n`);
  await client.query('ANALYZE event');
  for (const [label, sql] of [
    [
      'search q=spartan',
      `SELECT id FROM event WHERE (name || ' ' || coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' || ` +
        `coalesce(host_organization, '')) ILIKE '%spartan%' ORDER BY start_date LIMIT 25`,
    ],
    ['status filter, sorted by start', `SELECT id FROM event WHERE status = 'confirmed' ORDER BY start_date, id LIMIT 25`],
  ]) {
    const plan = await client.query(`EXPLAIN ${sql}`);
    process.stdout.write(`plan (${label}):\n${plan.rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}\n`);
  }
  await client.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('bench@example.test', 'Bench', 'organizer', 'x')`);
  const { rows } = await client.query(`SELECT id FROM app_user WHERE email = 'bench@example.test'`);
  await client.end();

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

  const scenarios = {
    'search q':
      `/api/events?filter=${encodeURIComponent('{"q":"spartan"}')}&sort=${encodeURIComponent('["startDate","ASC"]')}` + '&range=[0,24]',
    'filter status':
      `/api/events?filter=${encodeURIComponent('{"status":"confirmed"}')}&sort=${encodeURIComponent('["name","ASC"]')}` +
      '&range=[100,124]',
    'date range': `/api/events?filter=${encodeURIComponent('{"startDate_gte":"2023-01-01","startDate_lte":"2023-03-31"}')}&range=[0,24]`,
  };
  for (const [label, path] of Object.entries(scenarios)) {
    const times = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(1);
    process.stdout.write(
      `${label.padEnd(14)} ${REQUESTS} sequential requests over ${ROWS} events: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ` +
        `${at(0.99)} ms\n`,
    );
  }
  await app.close();
} finally {
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
