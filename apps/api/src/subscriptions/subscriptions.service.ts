import { Inject, Injectable } from '@nestjs/common';
import {
  NewsErrorCodes,
  type MySubscription,
  type NewsLanguage,
  type Subscribe,
  type SubscriptionTopic,
  type UpdateMySubscription,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest } from '../common/app-error.js';
import { findPage } from '../common/list-query.js';
import type { AuthUser } from '../common/auth-user.js';
import { hashLinkToken, newLinkToken } from '../common/link-token.js';
import { Transactions } from '../common/transactions.js';
import { readUnsubscribeToken } from '../common/unsubscribe-link.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { subscriberListSpec } from './subscriber-list.spec-config.js';
import { SubscriberEntity } from './subscriber.entity.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';

// A second confirmation mail to one address waits this long, whoever asks.
const CONFIRM_RESEND_MINUTES = 10;

export type Recipient = { subscriberId: number; email: string; language: NewsLanguage };

const badLink = () =>
  badRequest(NewsErrorCodes.BAD_LINK, 'This link is not valid; it may have been changed or already used', { token: 'is not valid' });

// Who hears the community's news: members' own settings and confirmed addresses (double opt-in),
// and the one-click unsubscribe every mail carries.
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: SubscriptionsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // The organizers' list of who reads the community's news. Tokens stay unselected.
  list(query: Record<string, unknown>) {
    const qb = this.transactions.reader.getRepository(SubscriberEntity).createQueryBuilder('s');
    return findPage(qb, query, subscriberListSpec, (row) => ({
      id: row.id,
      email: row.email,
      status: row.unsubscribedAt ? 'unsubscribed' : row.confirmedAt ? 'confirmed' : 'pending',
      member: row.userId !== null,
      language: row.language,
      digest: row.digest,
      topics: row.topics,
      country: row.country,
      creditConsent: row.creditConsent,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  async me(actor: AuthUser): Promise<MySubscription> {
    const row = await this.transactions.reader.findOneBy(SubscriberEntity, { userId: actor.id });
    return presentMine(actor, row);
  }

  // A signed-in member needs no confirmation mail: the account is theirs.
  updateMe(actor: AuthUser, input: UpdateMySubscription): Promise<MySubscription> {
    return this.transactions.run(async (manager) => {
      let row = await manager.findOne(SubscriberEntity, { where: { userId: actor.id }, lock: { mode: 'pessimistic_write' } });
      // An address the member subscribed from the public page becomes their own row.
      row ??= await manager
        .getRepository(SubscriberEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('lower(s.email) = lower(:email)', { email: actor.email })
        .getOne();
      const subscribed = input.digest || input.topics.length > 0;
      const patch: Partial<SubscriberEntity> = {
        userId: actor.id,
        email: actor.email,
        digest: input.digest,
        topics: [...new Set(input.topics)],
        country: input.country ?? null,
        language: input.language,
        creditConsent: input.creditConsent,
        confirmedAt: row?.confirmedAt ?? new Date(),
        unsubscribedAt: subscribed ? null : (row?.unsubscribedAt ?? new Date()),
      };
      const saved = row
        ? await manager.save(SubscriberEntity, { ...row, ...patch, version: row.version + 1 })
        : await manager.save(SubscriberEntity, manager.create(SubscriberEntity, patch));
      await this.audit.record(manager, actor, {
        entity: 'subscriber',
        entityId: saved.id,
        action: 'update',
        note:
          `digest ${input.digest ? 'on' : 'off'}; topics: ${input.topics.join(', ') || 'none'}; named in the digest: ` +
          `${input.creditConsent ? 'yes' : 'no'}`,
      });
      return presentMine(actor, saved);
    });
  }

  // Double opt-in: the answer is the same whether the address is new, pending or subscribed, so it
  // tells nobody who reads the news; only the owner of the address can confirm.
  subscribe(input: Subscribe): Promise<{ ok: true }> {
    return this.transactions.run(async (manager) => {
      const existing = await manager
        .getRepository(SubscriberEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('lower(s.email) = lower(:email)', { email: input.email })
        .getOne();
      if (existing?.confirmedAt && !existing.unsubscribedAt) return { ok: true } as const;
      if (existing?.confirmSentAt && existing.confirmSentAt.getTime() > Date.now() - CONFIRM_RESEND_MINUTES * 60_000) {
        return { ok: true } as const;
      }
      const { token, hash } = newLinkToken();
      const fields = {
        digest: input.digest,
        topics: [...new Set(input.topics)],
        country: input.country ?? null,
        language: input.language,
        confirmTokenHash: hash,
        confirmSentAt: new Date(),
      };
      const row = existing
        ? await manager.save(SubscriberEntity, { ...existing, ...fields, version: existing.version + 1 })
        : await manager.save(SubscriberEntity, manager.create(SubscriberEntity, { email: input.email.trim(), ...fields }));
      await this.audit.record(manager, null, { entity: 'subscriber', entityId: row.id, action: 'subscribe', toState: 'pending' });
      await this.notifications.queue(manager, {
        toEmail: row.email,
        language: input.language,
        kind: 'subscription_confirmation',
        params: { link: `/subscribe/confirm#token=${token}` },
      });
      return { ok: true } as const;
    });
  }

  confirm(token: string): Promise<{ email: string; confirmed: true }> {
    return this.transactions.run(async (manager) => {
      const row = await manager
        .getRepository(SubscriberEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.confirm_token_hash = :hash', { hash: hashLinkToken(token) })
        .getOne();
      if (!row) throw badLink();
      await manager.update(
        SubscriberEntity,
        { id: row.id },
        { confirmedAt: new Date(), unsubscribedAt: null, confirmTokenHash: null, version: row.version + 1 },
      );
      await this.audit.record(manager, null, {
        entity: 'subscriber',
        entityId: row.id,
        action: 'confirm',
        fromState: 'pending',
        toState: 'subscribed',
      });
      return { email: row.email, confirmed: true } as const;
    });
  }

  // The signed link of any mail: the address stops receiving the digest and topic news. A link whose
  // signature does not match is refused before anything is read or written.
  unsubscribe(token: string): Promise<{ email: string; unsubscribed: true }> {
    const email = readUnsubscribeToken(this.config.jwtSecret, token);
    if (!email) throw badLink();
    return this.transactions.run(async (manager) => {
      const row = await manager
        .getRepository(SubscriberEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('lower(s.email) = lower(:email)', { email })
        .getOne();
      const patch = { digest: false, topics: [] as SubscriptionTopic[], unsubscribedAt: new Date(), confirmTokenHash: null };
      // An address we never had a row for is remembered as unsubscribed, so a later subscription needs confirming again.
      const saved = row
        ? await manager.save(SubscriberEntity, {
            ...row,
            ...patch,
            unsubscribedAt: row.unsubscribedAt ?? patch.unsubscribedAt,
            version: row.version + 1,
          })
        : await manager.save(SubscriberEntity, manager.create(SubscriberEntity, { email, ...patch }));
      await this.audit.record(manager, null, { entity: 'subscriber', entityId: saved.id, action: 'unsubscribe', toState: 'unsubscribed' });
      return { email, unsubscribed: true } as const;
    });
  }

  // Confirmed, not unsubscribed, wanting the digest.
  async digestRecipients(manager: EntityManager): Promise<Recipient[]> {
    const rows = await this.repository.digestRecipients(manager);
    return rows.map((row) => ({ subscriberId: row.id, email: row.email, language: row.language }));
  }

  digestRecipientCount(manager: EntityManager): Promise<number> {
    return this.repository.digestRecipientCount(manager);
  }

  // Those following a topic (and, for events, the country they said they are near).
  async topicRecipients(manager: EntityManager, topic: SubscriptionTopic, country: string | null): Promise<Recipient[]> {
    const rows = await this.repository.topicRecipients(manager, topic, country);
    return rows.map((row) => ({ subscriberId: row.id, email: row.email, language: row.language }));
  }

  // Members who agreed to be thanked by name in the digest.
  async consentingMembers(manager: EntityManager, userIds: number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    return new Set(await this.repository.consentingMembers(manager, userIds));
  }
}

function presentMine(actor: AuthUser, row: SubscriberEntity | null): MySubscription {
  return {
    id: 'me',
    email: actor.email,
    digest: row ? row.digest && !row.unsubscribedAt : false,
    topics: row && !row.unsubscribedAt ? row.topics : [],
    country: row?.country ?? null,
    language: row?.language ?? 'en',
    creditConsent: row?.creditConsent ?? false,
    confirmed: Boolean(row?.confirmedAt),
  };
}
