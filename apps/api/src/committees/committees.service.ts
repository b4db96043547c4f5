import { Injectable } from '@nestjs/common';
import {
  CommitteeErrorCodes,
  CommonErrorCodes,
  type CreateCommittee,
  type CreateCommitteeSeat,
  type UpdateCommittee,
  type UpdateCommitteeSeat,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { EventsService } from '../events/events.service.js';
import { UserEntity } from '../users/user.entity.js';
import { isChairOfCommittee } from './committee-access.js';
import { committeeListSpec, seatListSpec } from './committee-list.spec-config.js';
import { presentCommittee, presentSeat } from './committee.presenter.js';
import { CommitteeSeatEntity } from './committee-seat.entity.js';
import { CommitteeEntity } from './committee.entity.js';
import { CommitteesRepository } from './committees.repository.js';
import { SeatLeaving } from './seat-leaving.js';

@Injectable()
export class CommitteesService {
  constructor(
    private readonly repository: CommitteesRepository,
    private readonly events: EventsService,
    private readonly seatLeaving: SeatLeaving,
    private readonly audit: AuditService,
  ) {}

  // Committees are announced publicly, so every signed-in user may read them and their seats.
  list(query: Record<string, unknown>) {
    return findPage(this.repository.committeeQuery(), query, committeeListSpec, presentCommittee);
  }

  async findOne(id: number) {
    const committee = await this.repository.manager.findOneBy(CommitteeEntity, { id });
    if (!committee) throw notFound('Committee');
    return presentCommittee(committee);
  }

  create(actor: AuthUser, input: CreateCommittee) {
    return this.repository.transaction(async (manager) => {
      const event = await this.events.find(manager, input.eventId);
      if (!event) throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such event', { eventId: 'does not exist' });
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
    return this.repository.transaction(async (manager) => {
      const committee = await lockForUpdate(manager, CommitteeEntity, id, 'Committee', input.version);
      if (!(await isChairOfCommittee(manager, actor, id))) throw forbidden('Only organizers and the chairs may rename a committee');
      const changes = changedFields(committee, { name: input.name });
      const saved = await saveVersioned(manager, CommitteeEntity, committee, { name: input.name });
      await this.audit.record(manager, actor, { entity: 'committee', entityId: id, action: 'update', changes });
      return presentCommittee(saved);
    });
  }

  async listSeats(query: Record<string, unknown>) {
    const page = await findPage(this.repository.seatQuery(), query, seatListSpec);
    return new ListPage(page.resource, await this.withNames(this.repository.manager, page.rows), page.start, page.total);
  }

  async findSeat(id: number) {
    const seat = await this.repository.manager.findOneBy(CommitteeSeatEntity, { id });
    if (!seat) throw notFound('Committee seat');
    return (await this.withNames(this.repository.manager, [seat]))[0];
  }

  createSeat(actor: AuthUser, input: CreateCommitteeSeat) {
    return this.repository.transaction(async (manager) => {
      if (!(await manager.existsBy(CommitteeEntity, { id: input.committeeId })))
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such committee', { committeeId: 'does not exist' });
      if (!(await isChairOfCommittee(manager, actor, input.committeeId)))
        throw forbidden('Only organizers and the chairs may seat members');
      const member = await manager.findOneBy(UserEntity, { id: input.userId });
      if (!member) throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such member', { userId: 'does not exist' });
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
    return this.repository.transaction(async (manager) => {
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
    return this.repository.transaction(async (manager) => {
      const seat = await lockForUpdate(manager, CommitteeSeatEntity, id, 'Committee seat');
      if (!(await isChairOfCommittee(manager, actor, seat.committeeId))) throw forbidden('Only organizers and the chairs may remove seats');
      if (seat.role === 'chair') await this.keepAChair(manager, seat);
      const shown = (await this.withNames(manager, [seat]))[0];
      // Reviews already written stay; the work not yet done goes back to the pool.
      await this.seatLeaving.releaseUnreviewed(manager, seat.committeeId, seat.userId);
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

  // The summit page's committee, as the community announces it.
  async findPublic(slug: string) {
    const event = await this.events.findBySlug(slug);
    const committee = await this.repository.manager.findOneBy(CommitteeEntity, { eventId: event.id });
    if (!committee) throw notFound('Committee');
    return { name: committee.name, members: await this.repository.publicMembers(committee.id) };
  }
}
