import { Injectable } from '@nestjs/common';
import { CommitteeErrorCodes, type Conflict, type CreateConflict } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict as conflictError, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { UserEntity } from '../users/user.entity.js';
import { ConflictEntity } from './conflict.entity.js';

const conflictListSpec: ListSpec = {
  resource: 'conflicts',
  sortable: { id: 'conflict.id', reviewerId: 'conflict.reviewer_id', createdAt: 'conflict.created_at' },
  filterable: {
    id: { column: 'conflict.id', type: 'int' },
    reviewerId: { column: 'conflict.reviewer_id', type: 'int' },
    userId: { column: 'conflict.user_id', type: 'int' },
  },
  search: `coalesce(conflict.organization, '')`,
  defaultSort: ['id', 'DESC'],
  idColumn: 'conflict.id',
};

function presentConflict(entity: ConflictEntity): Conflict {
  return { id: entity.id, reviewerId: entity.reviewerId, userId: entity.userId, organization: entity.organization, note: entity.note, createdAt: entity.createdAt.toISOString() };
}

// Chairs may see and declare conflicts for the members of the committees they chair.
const CHAIRED_MEMBER = `EXISTS (SELECT 1 FROM committee_seat mine JOIN committee_seat theirs ON theirs.committee_id = mine.committee_id
                         WHERE mine.user_id = :viewerId AND mine.role = 'chair' AND theirs.user_id = conflict.reviewer_id)`;

@Injectable()
export class ConflictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private visible(manager: EntityManager, actor: AuthUser) {
    const qb = manager.getRepository(ConflictEntity).createQueryBuilder('conflict');
    if (actor.role === 'organizer') return qb;
    return qb.where(`(conflict.reviewer_id = :viewerId OR ${CHAIRED_MEMBER})`, { viewerId: actor.id });
  }

  list(actor: AuthUser, query: Record<string, unknown>) {
    return findPage(this.visible(this.dataSource.manager, actor), query, conflictListSpec, presentConflict);
  }

  async findOne(actor: AuthUser, id: number) {
    const found = await this.visible(this.dataSource.manager, actor).andWhere('conflict.id = :id', { id }).getOne();
    if (!found) throw notFound('Conflict');
    return presentConflict(found);
  }

  create(actor: AuthUser, input: CreateConflict) {
    return this.dataSource.transaction(async (manager) => {
      const reviewerId = input.reviewerId ?? actor.id;
      if (reviewerId !== actor.id && !(await this.chairsMember(manager, actor, reviewerId))) {
        throw forbidden('You may declare conflicts for yourself, or as chair for your committee');
      }
      if (input.userId && !(await manager.existsBy(UserEntity, { id: input.userId }))) {
        throw unprocessable(CommitteeErrorCodes.CONFLICT_TARGET, 'No such member', { userId: 'does not exist' });
      }
      if (input.userId === reviewerId) throw unprocessable(CommitteeErrorCodes.CONFLICT_TARGET, 'Being a speaker is a conflict already', { userId: 'is the reviewer' });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ConflictEntity)
        .values({ reviewerId, userId: input.userId ?? null, organization: input.organization ?? null, note: input.note ?? null })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = inserted.raw[0]?.id as number | undefined;
      if (!id) throw conflictError('CONFLICT.DUPLICATE', 'This conflict is declared already', { [input.userId ? 'userId' : 'organization']: 'is declared already' });
      // Work not yet done on submissions the reviewer is now conflicted on goes back to the pool.
      const released: Array<{ id: number }> = await manager.query(
        `DELETE FROM review_assignment ra
          WHERE ra.reviewer_id = $1
            AND EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = ra.submission_id AND sc.reviewer_id = ra.reviewer_id)
            AND NOT EXISTS (SELECT 1 FROM review r WHERE r.submission_id = ra.submission_id AND r.reviewer_id = ra.reviewer_id)
          RETURNING ra.id`,
        [reviewerId],
      );
      await this.audit.record(manager, actor, {
        entity: 'conflict',
        entityId: id,
        action: 'create',
        note: `${input.organization ?? `member ${input.userId}`}${released.length ? `; ${released.length} assignment(s) released` : ''}`,
      });
      return presentConflict(await manager.findOneByOrFail(ConflictEntity, { id }));
    });
  }

  remove(actor: AuthUser, id: number) {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.visible(manager, actor).andWhere('conflict.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!found) throw notFound('Conflict');
      await manager.delete(ConflictEntity, { id });
      await this.audit.record(manager, actor, { entity: 'conflict', entityId: id, action: 'delete', note: found.organization ?? `member ${found.userId}` });
      return presentConflict(found);
    });
  }

  private async chairsMember(manager: EntityManager, actor: AuthUser, reviewerId: number) {
    if (actor.role === 'organizer') return true;
    const rows = await manager.query(
      `SELECT 1 FROM committee_seat mine JOIN committee_seat theirs ON theirs.committee_id = mine.committee_id WHERE mine.user_id = $1 AND mine.role = 'chair' AND theirs.user_id = $2`,
      [actor.id, reviewerId],
    );
    return rows.length > 0;
  }
}
