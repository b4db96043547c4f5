import { Injectable } from '@nestjs/common';
import type { SubmissionStatus } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AgendaSlotEntity } from './agenda-slot.entity.js';

// Distinguishes this feature's advisory locks from anyone else's.
const AGENDA_LOCK = 5_202_701;

type Slot = Pick<AgendaSlotEntity, 'id' | 'eventId' | 'startsAt' | 'endsAt'>;

export type PublishedRow = {
  id: number;
  room: string;
  starts_at: Date;
  ends_at: Date;
  slot_title: string | null;
  submission_id: number | null;
  title: string | null;
  abstract: string | null;
  format: string | null;
  track: string | null;
  speakers: Array<{ name: string; affiliation: string | null }> | null;
};

export type LayoutRow = { rooms: string[]; timeRows: Array<{ startsAt: string; endsAt: string }>; version: number };

// The agenda feature's own data access: its transactions, the agenda_slot and agenda_layout tables, and the talk
// facts a slot is checked against.
@Injectable()
export class AgendaRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  listQuery() {
    return this.dataSource.getRepository(AgendaSlotEntity).createQueryBuilder('slot');
  }

  find(id: number): Promise<AgendaSlotEntity | null> {
    return this.dataSource.getRepository(AgendaSlotEntity).findOneBy({ id });
  }

  // One lock per event, so two chairs placing talks at once cannot both take a room.
  async lockEvent(manager: EntityManager, eventId: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [AGENDA_LOCK, eventId]);
  }

  async roomBooked(manager: EntityManager, slot: Slot, room: string): Promise<boolean> {
    return (await this.overlapping(manager, slot, 'AND lower(slot.room) = lower($5)', [room])).length > 0;
  }

  // Whether a speaker of the talk gives another talk that overlaps the slot.
  async speakerBooked(manager: EntityManager, slot: Slot, submissionId: number): Promise<boolean> {
    const clash = await this.overlapping(
      manager,
      slot,
      `AND EXISTS (SELECT 1 FROM submission_speaker theirs JOIN submission_speaker ours
                      ON ours.submission_id = $5 AND ours.status = 'accepted'
                     AND ours.user_id = theirs.user_id
                    WHERE theirs.submission_id = slot.submission_id AND theirs.status = 'accepted')`,
      [submissionId],
    );
    return clash.length > 0;
  }

  // A talk, with the event its call for papers belongs to.
  async talk(manager: EntityManager, submissionId: number): Promise<{ id: number; status: SubmissionStatus; eventId: number } | undefined> {
    const [row] = await manager.query(
      `SELECT s.id, s.status, cfp.event_id AS "eventId" FROM submission s JOIN cfp ON cfp.id = s.cfp_id WHERE s.id = $1`,
      [submissionId],
    );
    return row;
  }

  async placedElsewhere(manager: EntityManager, submissionId: number, slotId: number | undefined): Promise<boolean> {
    const rows = await manager.query('SELECT id FROM agenda_slot WHERE submission_id = $1 AND id <> $2', [submissionId, slotId ?? 0]);
    return rows.length > 0;
  }

  // The published agenda: fixed items and the talks in the given states, with their speakers.
  published(eventId: number, talkStatuses: readonly SubmissionStatus[]): Promise<PublishedRow[]> {
    return this.dataSource.query(
      `SELECT slot.id, slot.room, slot.starts_at, slot.ends_at, slot.title AS slot_title, s.id AS submission_id, s.title, s.abstract,
              s.format, s.track,
              (SELECT json_agg(json_build_object('name', sp.name, 'affiliation', sp.affiliation) ORDER BY sp.position)
                 FROM submission_speaker sp WHERE sp.submission_id = s.id AND sp.status = 'accepted') AS speakers
         FROM agenda_slot slot LEFT JOIN submission s ON s.id = slot.submission_id AND s.status = ANY($2)
        WHERE slot.event_id = $1 AND (slot.submission_id IS NULL OR s.id IS NOT NULL)
        ORDER BY slot.starts_at, slot.room`,
      [eventId, talkStatuses],
    );
  }

  // The builder's grid of one summit (rooms in order, time rows), locked for an update when asked.
  async layout(manager: EntityManager, eventId: number, forUpdate = false): Promise<LayoutRow | undefined> {
    const [row] = await manager.query(
      `SELECT rooms, time_rows AS "timeRows", version FROM agenda_layout WHERE event_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [eventId],
    );
    return row;
  }

  async saveLayout(manager: EntityManager, eventId: number, layout: Omit<LayoutRow, 'version'>): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO agenda_layout (event_id, rooms, time_rows) VALUES ($1, $2::jsonb, $3::jsonb)
       ON CONFLICT (event_id) DO UPDATE
         SET rooms = EXCLUDED.rooms, time_rows = EXCLUDED.time_rows, version = agenda_layout.version + 1, updated_at = now()
       RETURNING version`,
      [eventId, JSON.stringify(layout.rooms), JSON.stringify(layout.timeRows)],
    );
    return row.version;
  }

  private overlapping(manager: EntityManager, slot: Slot, extra: string, params: unknown[]): Promise<unknown[]> {
    return manager.query(
      `SELECT slot.id FROM agenda_slot slot
        WHERE slot.event_id = $1 AND slot.id <> $2 AND slot.starts_at < $4 AND slot.ends_at > $3 ${extra} LIMIT 1`,
      [slot.eventId, slot.id ?? 0, slot.startsAt, slot.endsAt, ...params],
    );
  }
}
