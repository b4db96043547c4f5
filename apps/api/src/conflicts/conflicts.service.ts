import { Injectable } from '@nestjs/common';
import { CommonErrorCodes, ConflictErrorCodes, type Conflict, type CreateConflict } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict as conflictError, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage, type ListSpec } from '../common/list-query.js';
import { ReviewAssignmentsService } from '../review-assignments/review-assignments.service.js';
import { UserEntity } from '../users/user.entity.js';
import { ConflictEntity } from './conflict.entity.js';
import { ConflictMail } from './conflict-mail.js';
import { ConflictsRepository } from './conflicts.repository.js';

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

type ViewerFields = {
  reviewerName: string | null;
  userName: string | null;
  submissionTitle: string | null;
  declaredByName: string | null;
  viewerMayRemove: boolean;
};
type ConflictRow = ConflictEntity & Partial<ViewerFields>;

function presentConflict(entity: ConflictRow): Conflict {
  return {
    id: entity.id,
    reviewerId: entity.reviewerId,
    reviewerName: entity.reviewerName ?? null,
    userId: entity.userId,
    userName: entity.userName ?? null,
    organization: entity.organization,
    submissionId: entity.submissionId ?? null,
    submissionTitle: entity.submissionTitle ?? null,
    note: entity.note,
    declaredBy: entity.declaredBy,
    declaredByName: entity.declaredByName ?? null,
    viewerMayRemove: entity.viewerMayRemove ?? false,
    createdAt: entity.createdAt.toISOString(),
  };
}

// Chairs may see and declare conflicts for the members of the committees they chair.
const CHAIRED_MEMBER = `EXISTS (SELECT 1 FROM committee_seat mine JOIN committee_seat theirs ON theirs.committee_id = mine.committee_id
                         WHERE mine.user_id = :viewerId AND mine.role = 'chair' AND theirs.user_id = conflict.reviewer_id)`;

// A reviewer's own declarations are locked once any call for papers they sit on has opened, or once
// they have an assignment: from then on they may see submissions, and declaring and removing a
// conflict at will would tell them whose talks disappear from their lists. Only a chair or an
// organizer removes one then. The CfP's opening, not review's, is the mark, because assignments and
// phases can show submissions before the review window opens.
const UNDER_WAY = `(EXISTS (SELECT 1 FROM committee_seat lock_seat JOIN committee lock_c ON lock_c.id = lock_seat.committee_id
                            JOIN cfp lock_cfp ON lock_cfp.event_id = lock_c.event_id
                            WHERE lock_seat.user_id = conflict.reviewer_id AND lock_cfp.opens_at <= now())
                    OR EXISTS (SELECT 1 FROM review_assignment lock_ra WHERE lock_ra.reviewer_id = conflict.reviewer_id))`;

@Injectable()
export class ConflictsService {
  constructor(
    private readonly repository: ConflictsRepository,
    private readonly assignments: ReviewAssignmentsService,
    private readonly audit: AuditService,
    private readonly mail: ConflictMail,
  ) {}

  private visible(manager: EntityManager, actor: AuthUser) {
    const qb = manager.getRepository(ConflictEntity).createQueryBuilder('conflict').setParameters({ viewerId: actor.id });
    if (actor.role === 'organizer') return qb;
    return qb.where(`(conflict.reviewer_id = :viewerId OR ${CHAIRED_MEMBER})`);
  }

  // Whether the viewer may remove the conflict, as SQL on the row.
  private removableSql(actor: AuthUser) {
    if (actor.role === 'organizer') return 'true';
    return `(${CHAIRED_MEMBER} OR NOT ${UNDER_WAY})`;
  }

  async list(actor: AuthUser, query: Record<string, unknown>) {
    const page = await findPage(this.visible(this.repository.manager, actor), query, conflictListSpec);
    return new ListPage(
      page.resource,
      (await this.withViewerFields(this.repository.manager, actor, page.rows)).map(presentConflict),
      page.start,
      page.total,
    );
  }

  async findOne(actor: AuthUser, id: number) {
    const found = await this.visible(this.repository.manager, actor).andWhere('conflict.id = :id', { id }).getOne();
    if (!found) throw notFound('Conflict');
    return presentConflict((await this.withViewerFields(this.repository.manager, actor, [found]))[0]);
  }

  // The people by name (members cannot read the users list the admin would look them up in), who
  // declared each conflict, and whether this viewer may remove it.
  private async withViewerFields(manager: EntityManager, actor: AuthUser, conflicts: ConflictEntity[]): Promise<ConflictRow[]> {
    if (conflicts.length === 0) return [];
    type Row = {
      id: number;
      reviewer_name: string | null;
      user_name: string | null;
      submission_title: string | null;
      declared_by_name: string | null;
      removable: boolean;
    };
    const rows: Row[] = await manager
      .createQueryBuilder()
      .select('conflict.id', 'id')
      .addSelect('reviewer.name', 'reviewer_name')
      .addSelect('person.name', 'user_name')
      .addSelect('declarer.name', 'declared_by_name')
      // The talk's title, except for a chair or organizer who is conflicted on it themself.
      .addSelect(
        `(SELECT s.title FROM submission s WHERE s.id = conflict.submission_id AND (conflict.reviewer_id = :viewerId OR NOT EXISTS ` +
          `(SELECT 1 FROM submission_conflict own_sc WHERE own_sc.submission_id = s.id AND own_sc.reviewer_id = :viewerId)))`,
        'submission_title',
      )
      .addSelect(this.removableSql(actor), 'removable')
      .from(ConflictEntity, 'conflict')
      .leftJoin(UserEntity, 'reviewer', 'reviewer.id = conflict.reviewer_id')
      .leftJoin(UserEntity, 'person', 'person.id = conflict.user_id')
      .leftJoin(UserEntity, 'declarer', 'declarer.id = conflict.declared_by')
      .where('conflict.id IN (:...ids)', { ids: conflicts.map((found) => found.id), viewerId: actor.id })
      .getRawMany();
    const extra = new Map(rows.map((row) => [row.id, row]));
    return conflicts.map((found) => {
      const row = extra.get(found.id);
      const fields: ViewerFields = {
        reviewerName: row?.reviewer_name ?? null,
        userName: row?.user_name ?? null,
        submissionTitle: row?.submission_title ?? null,
        declaredByName: row?.declared_by_name ?? null,
        viewerMayRemove: row?.removable ?? false,
      };
      return Object.assign(found, fields);
    });
  }

  create(actor: AuthUser, input: CreateConflict) {
    return this.repository.transaction(async (manager) => {
      const reviewerId = input.reviewerId ?? actor.id;
      if (reviewerId !== actor.id && !(await this.chairsMember(manager, actor, reviewerId))) {
        throw forbidden('You may declare conflicts for yourself, or as chair for your committee');
      }
      if (input.userId && !(await manager.existsBy(UserEntity, { id: input.userId }))) {
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such member', { userId: 'does not exist' });
      }
      if (input.userId === reviewerId)
        throw unprocessable(ConflictErrorCodes.TARGET, 'Being a speaker is a conflict already', { userId: 'is the reviewer' });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ConflictEntity)
        .values({
          reviewerId,
          userId: input.userId ?? null,
          organization: input.organization ?? null,
          note: input.note ?? null,
          declaredBy: actor.id,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = inserted.raw[0]?.id as number | undefined;
      if (!id)
        throw conflictError(ConflictErrorCodes.DUPLICATE, 'This conflict is declared already', {
          [input.userId ? 'userId' : 'organization']: 'is declared already',
        });
      // Work not yet done on submissions the reviewer is now conflicted on goes back to the pool.
      const released = await this.assignments.releaseConflicted(manager, reviewerId);
      await this.audit.record(manager, actor, {
        entity: 'conflict',
        entityId: id,
        action: 'create',
        note: `${input.organization ?? `member ${input.userId}`}${released ? `; ${released} assignment(s) released` : ''}`,
      });
      const [shown] = await this.withViewerFields(manager, actor, [await manager.findOneByOrFail(ConflictEntity, { id })]);
      // Declaring stays open to reviewers: hiding a talk is always the safe side. It is a one-way
      // probe, though — it cannot be undone, costs the reviewer those talks, and the chairs hear of it.
      if (reviewerId === actor.id && !shown.viewerMayRemove) await this.mail.tellChairs(manager, actor, shown, released);
      return presentConflict(shown);
    });
  }

  // A "conflict" bid (the bids feature, in its transaction): the caller declares a conflict with one
  // submission they may see. Like any declaration it releases their unreviewed assignment there, is
  // audited, and the chairs hear of it once review is under way. Declaring it again changes nothing.
  async declareForSubmission(manager: EntityManager, actor: AuthUser, submissionId: number, note?: string): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ConflictEntity)
      .values({ reviewerId: actor.id, submissionId, note: note ?? null, declaredBy: actor.id })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = inserted.raw[0]?.id as number | undefined;
    if (!id) return;
    const released = await this.assignments.releaseConflicted(manager, actor.id);
    await this.audit.record(manager, actor, {
      entity: 'conflict',
      entityId: id,
      action: 'create',
      note: `submission ${submissionId} (bid)${released ? `; ${released} assignment(s) released` : ''}`,
    });
    const [shown] = await this.withViewerFields(manager, actor, [await manager.findOneByOrFail(ConflictEntity, { id })]);
    if (!shown.viewerMayRemove) await this.mail.tellChairs(manager, actor, shown, released);
  }

  remove(actor: AuthUser, id: number) {
    return this.repository.transaction(async (manager) => {
      const found = await this.visible(manager, actor).andWhere('conflict.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!found) throw notFound('Conflict');
      const [shown] = await this.withViewerFields(manager, actor, [found]);
      if (!shown.viewerMayRemove) {
        throw new AppError(
          403,
          ConflictErrorCodes.LOCKED,
          'Review is under way on your committee; ask a chair or an organizer to remove this conflict',
        );
      }
      await manager.delete(ConflictEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'conflict',
        entityId: id,
        action: 'delete',
        note: found.organization ?? (found.submissionId ? `submission ${found.submissionId}` : `member ${found.userId}`),
      });
      return presentConflict(shown);
    });
  }

  private async chairsMember(manager: EntityManager, actor: AuthUser, reviewerId: number) {
    if (actor.role === 'organizer') return true;
    return this.repository.chairsMember(manager, actor.id, reviewerId);
  }
}
