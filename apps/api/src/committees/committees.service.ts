import { Injectable } from '@nestjs/common';
import {
  CommitteeErrorCodes,
  type CreateCommittee,
  type CreateCommitteeSeat,
  type UpdateCommittee,
  type UpdateCommitteeSeat,
} from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { isChairOfCommittee } from './committee-access.js';
import { committeeListSpec, seatListSpec } from './committee-list.spec-config.js';
import { presentCommittee, presentSeat } from './committee.presenter.js';
import { CommitteeSeatEntity } from './committee-seat.entity.js';
import { CommitteeEntity } from './committee.entity.js';

@Injectable()
export class CommitteesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Committees are announced publicly, so every signed-in user may read them and their seats.
  list(query: Record<string, unknown>) {
    return findPage(
      this.dataSource.getRepository(CommitteeEntity).createQueryBuilder('committee'),
      query,
      committeeListSpec,
      presentCommittee,
    );
  }

  async findOne(id: number) {
    const committee = await this.dataSource.getRepository(CommitteeEntity).findOneBy({ id });
    if (!committee) throw notFound('Committee');
    return presentCommittee(committee);
  }

  create(actor: AuthUser, input: CreateCommittee) {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneBy(EventEntity, { id: input.eventId });
      if (!event) throw unprocessable(CommitteeErrorCodes.NOT_A_SUMMIT, 'No such event', { eventId: 'does not exist' });
      if (event.kind !== 'summit')
        throw unprocessable(CommitteeErrorCodes.NOT_A_SUMMIT, 'Only summits have a program committee', { eventId: 'is not a summit' });
      if (await manager.existsBy(CommitteeEntity, { eventId: input.eventId })) {
        throw conflict(CommitteeErrorCodes.ALREADY_EXISTS, 'This summit already has a committee', { eventId: 'already has a committee' });
      }
      const committee = await manager.save(CommitteeEntity, manager.create(CommitteeEntity, input));
      await this.audit.record(manager, actor, { entity: 'committee', entityId: committee.id, action: 'create', note: committee.name });
      return presentCommittee(committee);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateCommittee) {
    return this.dataSource.transaction(async (manager) => {
      const committee = await lockForUpdate(manager, CommitteeEntity, id, 'Committee', input.version);
      if (!(await isChairOfCommittee(manager, actor, id))) throw forbidden('Only organizers and the chairs may rename a committee');
      const changes = changedFields(committee, { name: input.name });
      const saved = await saveVersioned(manager, CommitteeEntity, committee, { name: input.name });
      await this.audit.record(manager, actor, { entity: 'committee', entityId: id, action: 'update', changes });
      return presentCommittee(saved);
    });
  }

  async listSeats(query: Record<string, unknown>) {
    const qb = this.dataSource
      .getRepository(CommitteeSeatEntity)
      .createQueryBuilder('seat')
      .innerJoin(UserEntity, 'member', 'member.id = seat.user_id');
    const page = await findPage(qb, query, seatListSpec);
    return new ListPage(page.resource, await this.withNames(this.dataSource.manager, page.rows), page.start, page.total);
  }

  async findSeat(id: number) {
    const seat = await this.dataSource.getRepository(CommitteeSeatEntity).findOneBy({ id });
    if (!seat) throw notFound('Committee seat');
    return (await this.withNames(this.dataSource.manager, [seat]))[0];
  }

  createSeat(actor: AuthUser, input: CreateCommitteeSeat) {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(CommitteeEntity, { id: input.committeeId })))
        throw unprocessable('COMMITTEE.NOT_FOUND', 'No such committee', { committeeId: 'does not exist' });
      if (!(await isChairOfCommittee(manager, actor, input.committeeId)))
        throw forbidden('Only organizers and the chairs may seat members');
      const member = await manager.findOneBy(UserEntity, { id: input.userId });
      if (!member) throw unprocessable('COMMITTEE_SEAT.NO_SUCH_MEMBER', 'No such member', { userId: 'does not exist' });
      if (await manager.existsBy(CommitteeSeatEntity, { committeeId: input.committeeId, userId: input.userId })) {
        throw conflict(CommitteeErrorCodes.SEAT_TAKEN, `${member.name} already sits on this committee`, { userId: 'already has a seat' });
      }
      const seat = await manager.save(
        CommitteeSeatEntity,
        manager.create(CommitteeSeatEntity, {
          ...input,
          affiliation: input.affiliation ?? member.affiliation,
          trackPreferences: input.trackPreferences ?? [],
        }),
      );
      await this.audit.record(manager, actor, {
        entity: 'committee_seat',
        entityId: seat.id,
        action: 'create',
        toState: seat.role,
        note: member.name,
      });
      return (await this.withNames(manager, [seat]))[0];
    });
  }

  // Chairs change anything; members may only set their own track preferences.
  updateSeat(actor: AuthUser, id: number, input: UpdateCommitteeSeat) {
    return this.dataSource.transaction(async (manager) => {
      const seat = await lockForUpdate(manager, CommitteeSeatEntity, id, 'Committee seat', input.version);
      const chair = await isChairOfCommittee(manager, actor, seat.committeeId);
      if (!chair && seat.userId !== actor.id) throw forbidden('Only organizers and the chairs may change seats');
      const patch: Partial<CommitteeSeatEntity> = {};
      if (input.trackPreferences) patch.trackPreferences = input.trackPreferences;
      if (chair && input.role) patch.role = input.role;
      if (chair && 'affiliation' in input) patch.affiliation = input.affiliation ?? null;
      if (patch.role === 'reviewer' && seat.role === 'chair') await this.keepAChair(manager, seat);
      const changes = changedFields(seat, patch);
      const saved = await saveVersioned(manager, CommitteeSeatEntity, seat, patch);
      await this.audit.record(manager, actor, { entity: 'committee_seat', entityId: id, action: 'update', changes });
      return (await this.withNames(manager, [saved]))[0];
    });
  }

  removeSeat(actor: AuthUser, id: number) {
    return this.dataSource.transaction(async (manager) => {
      const seat = await lockForUpdate(manager, CommitteeSeatEntity, id, 'Committee seat');
      if (!(await isChairOfCommittee(manager, actor, seat.committeeId))) throw forbidden('Only organizers and the chairs may remove seats');
      if (seat.role === 'chair') await this.keepAChair(manager, seat);
      const shown = (await this.withNames(manager, [seat]))[0];
      // Reviews already written stay; the work not yet done goes back to the pool.
      await manager.query(
        `DELETE FROM review_assignment ra USING submission s, cfp, committee c
          WHERE ra.submission_id = s.id AND s.cfp_id = cfp.id AND cfp.event_id = c.event_id AND c.id = $1 AND ra.reviewer_id = $2
            AND NOT EXISTS (SELECT 1 FROM review r WHERE r.submission_id = ra.submission_id AND r.reviewer_id = ra.reviewer_id)`,
        [seat.committeeId, seat.userId],
      );
      await manager.delete(CommitteeSeatEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'committee_seat',
        entityId: id,
        action: 'delete',
        fromState: seat.role,
        note: shown.userName,
      });
      return shown;
    });
  }

  // The committee row is locked first, so that chairs removed or demoted at the same moment are
  // counted one after another and the last one always stays.
  private async keepAChair(manager: EntityManager, seat: CommitteeSeatEntity) {
    await manager
      .getRepository(CommitteeEntity)
      .createQueryBuilder('committee')
      .setLock('pessimistic_write')
      .where('committee.id = :id', { id: seat.committeeId })
      .getOne();
    const chairs = await manager.countBy(CommitteeSeatEntity, { committeeId: seat.committeeId, role: 'chair' });
    if (chairs <= 1)
      throw conflict(CommitteeErrorCodes.LAST_CHAIR, 'A committee keeps at least one chair; seat another chair first', {
        role: 'is the last chair',
      });
  }

  private async withNames(manager: EntityManager, seats: CommitteeSeatEntity[]) {
    if (seats.length === 0) return [];
    const users = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.name'])
      .whereInIds(seats.map((seat) => seat.userId))
      .getMany();
    const names = new Map(users.map((user) => [user.id, user.name]));
    return seats.map((seat) => presentSeat(Object.assign(seat, { userName: names.get(seat.userId) ?? '' })));
  }
}
