import { Injectable } from '@nestjs/common';
import type { SubmissionStatus } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SubmissionEntity } from './submission.entity.js';

// Serialises one member's invitations across their submissions, so parallel requests cannot
// overrun the daily cap (the submission's own cap is held by its row lock).
const MEMBER_INVITATIONS_LOCK = 1_764_510;

// The submissions feature's own data access: its transactions and the statements TypeORM's query
// builder does not express. Only this feature's tables (submission, submission_speaker,
// speaker_invitation) are written here.
@Injectable()
export class SubmissionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // For reads outside a transaction.
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // Names and affiliations beside the row, for the organizers' search.
  async refreshSpeakerSearch(manager: EntityManager, submissionId: number): Promise<void> {
    await manager.query(
      `UPDATE submission SET speaker_search = coalesce((
         SELECT string_agg(concat_ws(' ', sp.name, sp.affiliation, sp.email), ' ' ORDER BY sp.position)
           FROM submission_speaker sp WHERE sp.submission_id = $1 AND sp.status <> 'declined'), '')
       WHERE id = $1`,
      [submissionId],
    );
  }

  async lockInvitationsOf(manager: EntityManager, memberId: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [MEMBER_INVITATIONS_LOCK, memberId]);
  }

  // A fresh link replaces any earlier one for the same speaker.
  async expireOpenInvitations(manager: EntityManager, speakerId: number): Promise<void> {
    await manager.query(`UPDATE speaker_invitation SET expires_at = least(expires_at, now()) WHERE speaker_id = $1 AND answer IS NULL`, [
      speakerId,
    ]);
  }

  // Invitations sent in the last day for one talk or by one member, and the seconds until the
  // oldest of them drops out of the day.
  async invitationsInLastDay(
    manager: EntityManager,
    by: { submissionId: number } | { invitedById: number },
  ): Promise<{ sent: number; wait: number | null }> {
    const [column, id] = 'submissionId' in by ? ['submission_id', by.submissionId] : ['invited_by_id', by.invitedById];
    const [row] = await manager.query(
      `SELECT count(*)::int AS sent, ceil(extract(epoch FROM min(created_at) + interval '1 day' - now()))::int AS wait
         FROM speaker_invitation WHERE ${column} = $1 AND created_at > now() - interval '1 day'`,
      [id],
    );
    return row;
  }

  // The submissions of a call in the given states, locked for a change of state, in id order.
  lockInStates(manager: EntityManager, cfpId: number, statuses: readonly SubmissionStatus[]): Promise<SubmissionEntity[]> {
    return manager
      .getRepository(SubmissionEntity)
      .createQueryBuilder('submission')
      .setLock('pessimistic_write')
      .where('submission.cfp_id = :cfpId AND submission.status = ANY(:statuses)', { cfpId, statuses })
      .orderBy('submission.id')
      .getMany();
  }

  // Moves many submissions from one state to the next in one statement (a big call moves
  // thousands at once); returns the ids that moved.
  async moveMany(manager: EntityManager, ids: number[], from: SubmissionStatus, to: SubmissionStatus): Promise<number[]> {
    const [rows]: [Array<{ id: number }>, number] = await manager.query(
      `UPDATE submission SET status = $3, version = version + 1, updated_at = now() WHERE id = ANY($1) AND status = $2 RETURNING id`,
      [ids, from, to],
    );
    return rows.map((row) => row.id);
  }

  async titles(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const rows: Array<{ id: number; title: string }> = await manager.query(`SELECT id, title FROM submission WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((row) => [row.id, row.title]));
  }
}
