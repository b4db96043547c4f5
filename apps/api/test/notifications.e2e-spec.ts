import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { startSmtp, until } from './smtp.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('notifications', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let notifications: NotificationsService;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5', MAIL_FROM: 'Summitdesk <desk@example.test>' });
    notifications = t.app.get(NotificationsService);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const status = async (subject: string) =>
    (await t.dataSource.query(`SELECT status, attempts FROM outbox_message WHERE subject = $1`, [subject]))[0] as
      { status: string; attempts: number } | undefined;

  it('sends a queued mail over SMTP to the user it names, once', async () => {
    const member = await t.user('member', { email: 'pasi@example.test' });
    await t.dataSource.transaction((manager) =>
      notifications.queue(manager, {
        toUserId: member.id,
        kind: 'announcement',
        params: { title: 'Your booth proposal was approved', text: 'We approved $400.00 of $500.00.' },
      }),
    );
    await until(() => smtp.received.some((mail) => mail.raw.includes('Your booth proposal was approved')));
    const mails = smtp.received.filter((mail) => mail.raw.includes('Your booth proposal was approved'));
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe('pasi@example.test');
    expect(mails[0].raw).toContain('We approved $400.00 of $500.00.');
    expect(mails[0].raw).toContain('desk@example.test');
    await until(async () => (await status('Your booth proposal was approved'))?.status === 'sent');
  });

  it('sends nothing when the transaction that queued the mail rolls back', async () => {
    await t.dataSource
      .transaction(async (manager) => {
        await notifications.queue(manager, {
          toEmail: 'ghost@example.test',
          kind: 'announcement',
          params: { title: 'Rolled back', text: 'never' },
        });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    await t.dataSource.transaction((manager) =>
      notifications.queue(manager, {
        toEmail: 'after@example.test',
        kind: 'announcement',
        params: { title: 'After the rollback', text: 'sent' },
      }),
    );
    await until(() => smtp.received.some((mail) => mail.raw.includes('After the rollback')));
    expect(smtp.received.some((mail) => mail.raw.includes('Rolled back'))).toBe(false);
    expect(await status('Rolled back')).toBeUndefined();
  });

  it('sends a reminder with the same dedupe key only once', async () => {
    for (let i = 0; i < 3; i++) {
      await t.dataSource.transaction((manager) =>
        notifications.queue(manager, {
          toEmail: 'chair@example.test',
          kind: 'announcement',
          params: { title: 'Reminder: 3 reviews are waiting', text: 'Please review.' },
          dedupeKey: 'reviews:7:reminder:1',
        }),
      );
    }
    await until(() => smtp.received.some((mail) => mail.raw.includes('Reminder: 3 reviews are waiting')));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.filter((mail) => mail.raw.includes('Reminder: 3 reviews are waiting'))).toHaveLength(1);
  });

  it('retries when the SMTP server refuses, then delivers exactly once', async () => {
    smtp.failNextMessages(1);
    await t.dataSource.transaction((manager) =>
      notifications.queue(manager, {
        toEmail: 'retry@example.test',
        kind: 'announcement',
        params: { title: 'Delivered after a retry', text: 'persistence' },
      }),
    );
    await until(async () => (await status('Delivered after a retry'))?.status === 'sent', 30_000);
    expect(smtp.received.filter((mail) => mail.raw.includes('Delivered after a retry'))).toHaveLength(1);
    expect((await status('Delivered after a retry'))?.attempts).toBe(2);
  });

  it('sends each message once with two API replicas working the same queue', async () => {
    const replica = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' }, { target: t.target });
    try {
      const replicaNotifications = replica.app.get(NotificationsService);
      for (let i = 0; i < 12; i++) {
        const service = i % 2 === 0 ? notifications : replicaNotifications;
        const dataSource = i % 2 === 0 ? t.dataSource : replica.dataSource;
        await dataSource.transaction((manager) =>
          service.queue(manager, {
            toEmail: `volunteer${i}@example.test`,
            kind: 'announcement',
            params: { title: `Shift reminder ${i}`, text: 'See you at the booth' },
          }),
        );
      }
      await until(() => smtp.received.filter((mail) => mail.raw.includes('Shift reminder')).length >= 12);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const subjects = smtp.received
        .filter((mail) => mail.raw.includes('Shift reminder'))
        .map((mail) => /Subject: (Shift reminder \d+)/.exec(mail.raw)?.[1]);
      expect(subjects).toHaveLength(12);
      expect(new Set(subjects).size).toBe(12);
    } finally {
      await replica.close();
    }
  });

  it('does not send a message twice when the same delivery job runs again', async () => {
    await t.dataSource.transaction((manager) =>
      notifications.queue(manager, {
        toEmail: 'twice@example.test',
        kind: 'announcement',
        params: { title: 'Only once please', text: 'x' },
      }),
    );
    await until(async () => (await status('Only once please'))?.status === 'sent');
    const [row] = await t.dataSource.query(`SELECT id FROM outbox_message WHERE subject = 'Only once please'`);
    await Promise.all([notifications.deliver(String(row.id)), notifications.deliver(String(row.id))]);
    expect(smtp.received.filter((mail) => mail.raw.includes('Only once please'))).toHaveLength(1);
  });
});
