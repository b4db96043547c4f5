import { Injectable } from '@nestjs/common';
import type { NewsLanguage, SubscriptionTopic } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

// The subscriptions' own SQL (subscriber).

type RecipientRow = { id: number; email: string; language: NewsLanguage };

@Injectable()
export class SubscriptionsRepository {
  // Confirmed, not unsubscribed, wanting the digest.
  digestRecipients(manager: EntityManager): Promise<RecipientRow[]> {
    return manager.query(
      `SELECT id, email, language FROM subscriber
       WHERE digest AND confirmed_at IS NOT NULL AND unsubscribed_at IS NULL ORDER BY id`,
    );
  }

  async digestRecipientCount(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM subscriber WHERE digest AND confirmed_at IS NOT NULL AND unsubscribed_at IS NULL`,
    );
    return row.n as number;
  }

  // Those following a topic (and, for events, the country they said they are near).
  topicRecipients(manager: EntityManager, topic: SubscriptionTopic, country: string | null): Promise<RecipientRow[]> {
    return manager.query(
      `SELECT id, email, language FROM subscriber
       WHERE $1 = ANY (topics) AND confirmed_at IS NOT NULL AND unsubscribed_at IS NULL
         AND ($1 <> 'events' OR country IS NULL OR country = $2)
       ORDER BY id`,
      [topic, country],
    );
  }

  // Of these members, those who agreed to be thanked by name in the digest.
  async consentingMembers(manager: EntityManager, userIds: number[]): Promise<number[]> {
    const rows: Array<{ user_id: number }> = await manager.query(
      `SELECT user_id FROM subscriber WHERE credit_consent AND user_id = ANY ($1::int[])`,
      [userIds],
    );
    return rows.map((row) => row.user_id);
  }
}
