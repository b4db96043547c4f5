import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueService } from '../src/queue/queue.service.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness without touching anything else', async () => {
    const response = await t.http().get('/api/health/live');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers, the migrations are current and the queue runs', async () => {
    const response = await t.http().get('/api/health/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ready', notReady: [], checks: { database: 'up', migrations: 'current', queue: 'running' } });
    expect((await t.http().get('/api/health')).status).toBe(200);
  });

  it('is not ready, and says why, while a migration is pending', async () => {
    const [last] = await t.dataSource.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await t.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const response = await t.http().get('/api/health/ready');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 'not ready', notReady: ['migrations'], checks: { migrations: 'pending' } });
      expect((await t.http().get('/api/health')).status).toBe(503);
    } finally {
      await t.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
    }
  });

  it('is not ready once the queue has stopped', async () => {
    await t.app.get(QueueService).onApplicationShutdown();
    const response = await t.http().get('/api/health/ready');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ status: 'not ready', notReady: ['queue'], checks: { database: 'up', queue: 'stopped' } });
  });
});

describe('metrics', () => {
  it('are off unless enabled', async () => {
    const t = await createTestApp();
    try {
      expect((await t.http().get('/api/metrics')).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('with METRICS=on: request durations by route template, queue depth, mails failed and retried, webhook lag', async () => {
    const t = await createTestApp({ METRICS: 'on' });
    try {
      const organizer = await t.user('organizer');
      expect((await t.http().get('/api/events/987654').set('Authorization', `Bearer ${organizer.token}`)).status).toBe(404);
      await t.dataSource.query(
        `INSERT INTO outbox_message (to_email, subject, body, status, attempts) VALUES
           ('a@example.test', 's', 'b', 'failed', 6), ('b@example.test', 's', 'b', 'sent', 3), ('c@example.test', 's', 'b', 'pending', 0)`,
      );
      await t.dataSource.query(
        `INSERT INTO stripe_event (id, type, stripe_created_at, outcome, payload, received_at)
         VALUES ('evt_metrics_1', 'checkout.session.completed', now() - interval '42 seconds', 'applied', '{}', now())`,
      );
      const response = await t.http().get('/api/metrics');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      const text = response.text;
      expect(text).toMatch(/summitdesk_http_request_duration_seconds_count\{method="GET",route="\/api\/events\/:id",status="404"\} 1/);
      expect(text).not.toContain('987654');
      expect(text).toMatch(/summitdesk_queue_depth\{queue="mail"\} \d+/);
      expect(text).toMatch(/summitdesk_mail_messages\{status="failed"\} 1/);
      expect(text).toMatch(/summitdesk_mail_retries\{status="failed"\} 5/);
      expect(text).toMatch(/summitdesk_mail_retries\{status="sent"\} 2/);
      const lag = Number(/summitdesk_webhook_lag_seconds\{which="latest"\} ([\d.]+)/.exec(text)?.[1]);
      expect(lag).toBeGreaterThanOrEqual(41);
    } finally {
      await t.close();
    }
  });

  it('with METRICS_TOKEN: only for the bearer of the token', async () => {
    const token = 'scrape-token-0123456789abcdef';
    const t = await createTestApp({ METRICS_TOKEN: token });
    try {
      const none = await t.http().get('/api/metrics');
      expect(none.status).toBe(401);
      expect(none.body.code).toBe('AUTH.UNAUTHENTICATED');
      expect((await t.http().get('/api/metrics').set('Authorization', 'Bearer wrong-token-0123456789')).status).toBe(401);
      const organizer = await t.user('organizer');
      expect((await t.http().get('/api/metrics').set('Authorization', `Bearer ${organizer.token}`)).status).toBe(401);
      const scraped = await t.http().get('/api/metrics').set('Authorization', `Bearer ${token}`);
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('summitdesk_queue_depth');
    } finally {
      await t.close();
    }
  });
});
