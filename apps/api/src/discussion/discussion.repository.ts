import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ViewerScope } from '../cfps/viewer-scope.js';

export type CommentRow = {
  id: number;
  submission_id: number;
  author_id: number;
  author_name: string;
  body: string;
  visible_to_speakers: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
};

// How one viewer stands to one submission, decided in one statement through the viewer's scope.
export type Sight = { cfpId: number; title: string; asCommittee: boolean; asSpeaker: boolean; reviewed: boolean };

// The discussion's data access: its comments, and the committee facts (sight, roster, conflicts) it
// reads to decide who may see and who is told.
@Injectable()
export class DiscussionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async sight(manager: EntityManager, scope: ViewerScope, submissionId: number): Promise<Sight | undefined> {
    const row = await scope
      .bind(manager.createQueryBuilder())
      .select('submission.cfp_id', 'cfpId')
      .addSelect('submission.title', 'title')
      .addSelect(scope.committeeSql('submission'), 'asCommittee')
      .addSelect(scope.speakerSql('submission'), 'asSpeaker')
      .addSelect('EXISTS (SELECT 1 FROM review mine WHERE mine.submission_id = submission.id AND mine.reviewer_id = :viewerId)', 'reviewed')
      .from('submission', 'submission')
      .where('submission.id = :submissionId', { submissionId })
      .getRawOne<Sight>();
    return row ?? undefined;
  }

  comments(manager: EntityManager, submissionId: number, speakerVisibleOnly: boolean): Promise<CommentRow[]> {
    return manager.query(
      `SELECT c.*, u.name AS author_name FROM discussion_comment c JOIN app_user u ON u.id = c.author_id
        WHERE c.submission_id = $1 AND ($2::boolean = false OR c.visible_to_speakers) ORDER BY c.id LIMIT 2000`,
      [submissionId, speakerVisibleOnly],
    );
  }

  async comment(manager: EntityManager, id: number, lock = false): Promise<CommentRow | undefined> {
    const rows: CommentRow[] = await manager.query(
      `SELECT c.*, u.name AS author_name FROM discussion_comment c JOIN app_user u ON u.id = c.author_id WHERE c.id = $1
        ${lock ? 'FOR UPDATE OF c' : ''}`,
      [id],
    );
    return rows[0];
  }

  async insert(manager: EntityManager, submissionId: number, authorId: number, body: string): Promise<number> {
    const rows: Array<{ id: number }> = await manager.query(
      `INSERT INTO discussion_comment (submission_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`,
      [submissionId, authorId, body],
    );
    return rows[0].id;
  }

  async update(manager: EntityManager, id: number, patch: { body?: string; visibleToSpeakers?: boolean }): Promise<void> {
    await manager.query(
      `UPDATE discussion_comment SET body = coalesce($2, body), visible_to_speakers = coalesce($3, visible_to_speakers),
        version = version + 1, updated_at = now() WHERE id = $1`,
      [id, patch.body ?? null, patch.visibleToSpeakers ?? null],
    );
  }

  async remove(manager: EntityManager, id: number): Promise<void> {
    await manager.query(`DELETE FROM discussion_comment WHERE id = $1`, [id]);
  }

  // Everyone seated on the committee of the submission's call: whom a comment may mention.
  committee(manager: EntityManager, cfpId: number): Promise<Array<{ id: number; name: string; email: string; role: string }>> {
    return manager.query(
      `SELECT DISTINCT u.id, u.name, u.email, u.role FROM cfp JOIN committee c ON c.event_id = cfp.event_id
         JOIN committee_seat seat ON seat.committee_id = c.id JOIN app_user u ON u.id = seat.user_id
        WHERE cfp.id = $1 ORDER BY u.name, u.id LIMIT 1000`,
      [cfpId],
    );
  }
}
