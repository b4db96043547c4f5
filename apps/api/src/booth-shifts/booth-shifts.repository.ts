import { Injectable } from '@nestjs/common';
import { ActiveBoothShiftStatuses, type BoothProposalStatus, type CreateBoothShift } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

type ShiftClash = { day: string; start_time: string; end_time: string; event_name: string };

// The booth shifts' own SQL (booth_shift); active states come from the contracts as a parameter.
@Injectable()
export class BoothShiftsRepository {
  // One volunteer's offers are taken one at a time until the transaction ends.
  async lockVolunteer(manager: EntityManager, userId: number) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('booth_shift'), $1)`, [userId]);
  }

  // An active shift of the volunteer that overlaps the offered one, compared as instants in each event's zone.
  async overlapping(manager: EntityManager, userId: number, input: CreateBoothShift, timeZone: string): Promise<ShiftClash | null> {
    const rows: ShiftClash[] = await manager.query(
      `SELECT to_char(s.day, 'YYYY-MM-DD') AS day, s.start_time::text AS start_time, s.end_time::text AS end_time, e.name AS event_name
       FROM booth_shift s JOIN booth_proposal p ON p.id = s.booth_proposal_id JOIN event e ON e.id = p.event_id
       WHERE s.user_id = $1 AND s.status = ANY($6)
         AND s.day BETWEEN $2::date - 1 AND $2::date + 1
         AND tstzrange((s.day + s.start_time) AT TIME ZONE e.time_zone, (s.day + s.end_time) AT TIME ZONE e.time_zone)
          && tstzrange(($2::date + $3::time) AT TIME ZONE $5, ($2::date + $4::time) AT TIME ZONE $5)
       LIMIT 1`,
      [userId, input.day, input.startTime, input.endTime, timeZone, ActiveBoothShiftStatuses],
    );
    return rows[0] ?? null;
  }

  // The booths of an event that take volunteers (approved, funded or shipped), oldest first.
  async staffableBooths(manager: EntityManager, eventId: number, statuses: readonly BoothProposalStatus[]): Promise<number[]> {
    const rows: Array<{ id: number }> = await manager.query(
      `SELECT id FROM booth_proposal WHERE event_id = $1 AND status = ANY($2) ORDER BY id LIMIT 20`,
      [eventId, statuses],
    );
    return rows.map((row) => row.id);
  }
}
