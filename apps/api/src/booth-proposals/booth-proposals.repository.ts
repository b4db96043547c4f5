import { Injectable } from '@nestjs/common';
import { ReportPendingBoothProposalStatuses, WaitingBoothProposalStatuses, type BoothProposalStatus } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export type ReminderCandidate = {
  id: number;
  status: string;
  version: number;
  proposer_id: number;
  reviewer_id: number | null;
  status_changed_at: Date;
  end_date: string | null;
  time_zone: string | null;
  event_name: string;
};

// The booth proposals' own SQL (booth_proposal and its materials and photos); status sets come from
// the contracts as parameters.
@Injectable()
export class BoothProposalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  countByStatus(): Promise<Array<{ status: BoothProposalStatus; count: number }>> {
    return this.dataSource.query(`SELECT status, count(*)::int AS count FROM booth_proposal GROUP BY status`);
  }

  // Proposals waiting on someone for `afterDays`, and those whose report is `reportDueDays` late.
  reminderCandidates(manager: EntityManager, now: Date, afterDays: number, reportDueDays: number): Promise<ReminderCandidate[]> {
    return manager.query(
      `SELECT p.id, p.status, p.version, p.proposer_id, p.reviewer_id, p.status_changed_at,
              to_char(e.end_date, 'YYYY-MM-DD') AS end_date, e.time_zone, coalesce(e.name, p.new_event->>'name') AS event_name
       FROM booth_proposal p LEFT JOIN event e ON e.id = p.event_id
       WHERE (p.status = ANY($1) AND p.status_changed_at <= $2::timestamptz - make_interval(days => $3))
          OR (p.status = ANY($4) AND e.end_date <= ($2::timestamptz)::date - $5::int + 1)
       ORDER BY p.id`,
      [WaitingBoothProposalStatuses, now.toISOString(), afterDays, ReportPendingBoothProposalStatuses, reportDueDays],
    );
  }
}
