import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// The announcements' own SQL (announcement), reading the committees, events and the records news links to.

// The tables an announcement may link to (its link fields name one of these).
type LinkedTable = 'event' | 'cfp' | 'contest' | 'booth_proposal';

@Injectable()
export class AnnouncementsRepository {
  // The chairs' summits: the events whose committee the member chairs.
  async chairedEvents(manager: EntityManager, userId: number): Promise<number[]> {
    const rows: Array<{ event_id: number }> = await manager.query(
      `SELECT c.event_id FROM committee_seat s JOIN committee c ON c.id = s.committee_id WHERE s.user_id = $1 AND s.role = 'chair'`,
      [userId],
    );
    return rows.map((row) => row.event_id);
  }

  // Scheduled announcements whose time has come, oldest first.
  async dueIds(manager: EntityManager, now: Date): Promise<number[]> {
    const due: Array<{ id: number }> = await manager.query(
      `SELECT id FROM announcement WHERE status = 'scheduled' AND publish_at <= $1 ORDER BY publish_at, id LIMIT 200`,
      [now],
    );
    return due.map((row) => row.id);
  }

  // Of these suggestion keys, those already written up as an announcement.
  async usedSuggestionKeys(manager: EntityManager, keys: string[]): Promise<Set<string>> {
    const used: Array<{ suggestion_key: string }> = await manager.query(
      `SELECT suggestion_key FROM announcement WHERE suggestion_key = ANY ($1::text[])`,
      [keys],
    );
    return new Set(used.map((row) => row.suggestion_key));
  }

  async exists(manager: EntityManager, table: LinkedTable, id: number): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    return Boolean(row);
  }

  async eventOfCfp(manager: EntityManager, cfpId: number): Promise<number | undefined> {
    return (await manager.query(`SELECT event_id FROM cfp WHERE id = $1`, [cfpId]))[0]?.event_id;
  }

  // The event's country, or undefined when there is no such event.
  async eventCountry(manager: EntityManager, eventId: number): Promise<string | null | undefined> {
    const [event] = await manager.query(`SELECT country FROM event WHERE id = $1`, [eventId]);
    return event?.country;
  }
}
