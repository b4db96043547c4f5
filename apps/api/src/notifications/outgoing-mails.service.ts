import { Injectable } from '@nestjs/common';
import { MailKinds, NotificationErrorCodes, OutboxStatuses, outboxMachine, type OutgoingMail } from '@summitdesk/contracts';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { Transactions } from '../common/transactions.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

const outgoingMailListSpec: ListSpec = {
  resource: 'outgoing-mails',
  sortable: { id: 'mail.id', createdAt: 'mail.created_at', status: 'mail.status', kind: 'mail.kind', attempts: 'mail.attempts' },
  filterable: {
    status: { column: 'mail.status', type: 'text', values: OutboxStatuses },
    kind: { column: 'mail.kind', type: 'text', values: MailKinds },
    toUserId: { column: 'mail.to_user_id', type: 'int' },
    createdAt: { column: 'mail.created_at', type: 'instant', range: true },
  },
  search: 'mail.to_email',
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'mail.id',
};

const present = (row: OutboxMessageEntity): OutgoingMail => ({
  id: Number(row.id),
  kind: row.kind,
  status: row.status,
  toEmail: row.toEmail,
  toUserId: row.toUserId,
  subject: row.subject,
  language: row.language,
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

// The organizers' view of the outbox: what went out, what was skipped, what failed and why, and a
// way to send a failed mail again.
@Injectable()
export class OutgoingMailsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  list(query: Record<string, unknown>) {
    const qb = this.transactions.reader.getRepository(OutboxMessageEntity).createQueryBuilder('mail');
    return findPage(qb, query, outgoingMailListSpec, present);
  }

  async get(id: number): Promise<OutgoingMail> {
    const row = await this.transactions.reader.findOneBy(OutboxMessageEntity, { id: String(id) });
    if (!row) throw notFound('Outgoing mail');
    return present(row);
  }

  // Back to pending and onto the queue, with the audit row, in one transaction; the worker's claim
  // then sends it once. Anything but a failed mail is refused (409): a sent one is never sent twice.
  retry(actor: AuthUser, id: number): Promise<OutgoingMail> {
    return this.transactions.run(async (manager) => {
      const row = await manager.findOne(OutboxMessageEntity, { where: { id: String(id) }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Outgoing mail');
      const move = outboxMachine.transition(row.status, 'retry', 'organizer');
      if (!move.ok) throw conflict(NotificationErrorCodes.NOT_RETRYABLE, move.message, { status: `is ${row.status}` });
      await manager.update(OutboxMessageEntity, { id: row.id }, { status: move.to, claimedAt: null });
      await this.audit.record(manager, actor, {
        entity: 'outbox_message',
        entityId: Number(row.id),
        action: 'retry',
        fromState: row.status,
        toState: move.to,
        note: row.lastError,
      });
      await this.notifications.enqueue(manager, row.id);
      return present({ ...row, status: move.to });
    });
  }
}
