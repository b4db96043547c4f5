import { Injectable } from '@nestjs/common';
import type { InAppNotification } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { Transactions } from '../common/transactions.js';
import { InAppNotificationEntity } from './in-app-notification.entity.js';

export type NotificationLink = { resource: string; id: number };

const notificationListSpec: ListSpec = {
  resource: 'notifications',
  sortable: { id: 'notification.id', createdAt: 'notification.created_at' },
  filterable: { unread: { column: '(notification.read_at IS NULL)', type: 'bool' } },
  search: 'notification.title',
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'notification.id',
};

const present = (row: InAppNotificationEntity): InAppNotification => ({
  id: Number(row.id),
  title: row.title,
  link: row.linkResource && row.linkId !== null ? { resource: row.linkResource, id: row.linkId } : null,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

// The bell: each member reads and marks only their own notifications. Rows are written by
// NotificationsService.queue() in the caller's transaction, beside the mail.
@Injectable()
export class InAppNotificationsService {
  constructor(private readonly transactions: Transactions) {}

  async add(manager: EntityManager, userId: number, title: string, link?: NotificationLink): Promise<void> {
    await manager.insert(InAppNotificationEntity, {
      userId,
      title: title.slice(0, 500),
      linkResource: link?.resource ?? null,
      linkId: link?.id ?? null,
    });
  }

  // Many at once, in one statement (a message to each of many members).
  async addMany(manager: EntityManager, entries: Array<{ userId: number; title: string; link?: NotificationLink }>): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      InAppNotificationEntity,
      entries.map((entry) => ({
        userId: entry.userId,
        title: entry.title.slice(0, 500),
        linkResource: entry.link?.resource ?? null,
        linkId: entry.link?.id ?? null,
      })),
    );
  }

  list(actor: AuthUser, query: Record<string, unknown>) {
    const qb = this.transactions.reader
      .getRepository(InAppNotificationEntity)
      .createQueryBuilder('notification')
      .where('notification.user_id = :me', { me: actor.id });
    return findPage(qb, query, notificationListSpec, present);
  }

  // Someone else's notification is "not found", like any record the reader may not see.
  async markRead(actor: AuthUser, id: number): Promise<InAppNotification> {
    return this.transactions.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(InAppNotificationEntity)
        .set({ readAt: () => 'coalesce(read_at, now())' })
        .where('id = :id AND user_id = :me', { id, me: actor.id })
        .execute();
      const row = await manager.findOneBy(InAppNotificationEntity, { id: String(id), userId: actor.id });
      if (!row) throw notFound('Notification');
      return present(row);
    });
  }

  async markAllRead(actor: AuthUser): Promise<{ updated: number }> {
    const result = await this.transactions.reader
      .createQueryBuilder()
      .update(InAppNotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :me AND read_at IS NULL', { me: actor.id })
      .execute();
    return { updated: result.affected ?? 0 };
  }
}
