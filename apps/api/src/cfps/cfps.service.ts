import { Injectable } from '@nestjs/common';
import { CfpErrorCodes, CommonErrorCodes, type CreateCfp, type UpdateCfp } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { assertChairOfEvent } from '../committees/committee-access.js';
import { EventsService } from '../events/events.service.js';
import { CfpEntity } from './cfp.entity.js';
import { presentCfp, presentPublicCfp } from './cfp.presenter.js';
import { CfpsRepository } from './cfps.repository.js';

const cfpListSpec: ListSpec = {
  resource: 'cfps',
  sortable: { id: 'cfp.id', opensAt: 'cfp.opens_at', closesAt: 'cfp.closes_at', eventId: 'cfp.event_id' },
  filterable: {
    id: { column: 'cfp.id', type: 'int' },
    eventId: { column: 'cfp.event_id', type: 'int' },
    closesAt: { column: 'cfp.closes_at', type: 'instant', range: true },
  },
  search: `coalesce(cfp.title, '')`,
  defaultSort: ['closesAt', 'DESC'],
  idColumn: 'cfp.id',
};

const instants = ['opensAt', 'closesAt', 'reviewOpensAt', 'reviewClosesAt'] as const;

function toColumns(input: CreateCfp | UpdateCfp): Partial<CfpEntity> {
  const columns: Partial<CfpEntity> = {
    title: input.title ?? null,
    description: input.description ?? null,
    timeZone: input.timeZone,
    anonymousReview: input.anonymousReview,
    reviewsPerSubmission: input.reviewsPerSubmission,
    formats: input.formats,
    tracks: input.tracks,
    topics: input.topics,
    editableAfterClose: input.editableAfterClose,
    phases: input.phases,
  };
  for (const key of instants) columns[key] = new Date(input[key]);
  return columns;
}

@Injectable()
export class CfpsService {
  constructor(
    private readonly repository: CfpsRepository,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  // Calls for papers are public, so any signed-in user may list them.
  list(query: Record<string, unknown>) {
    return findPage(this.repository.listQuery(), query, cfpListSpec, (cfp) => presentCfp(cfp));
  }

  async findOne(id: number) {
    const cfp = await this.repository.find(id);
    if (!cfp) throw notFound('Call for papers');
    return presentCfp(cfp);
  }

  create(actor: AuthUser, input: CreateCfp) {
    return this.repository.transaction(async (manager) => {
      const event = await this.events.find(manager, input.eventId);
      if (!event) throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such event', { eventId: 'does not exist' });
      await assertChairOfEvent(manager, actor, input.eventId);
      if (event.kind !== 'summit')
        throw unprocessable(CfpErrorCodes.NOT_A_SUMMIT, 'Only summits run a call for papers', { eventId: 'is not a summit' });
      if (await manager.existsBy(CfpEntity, { eventId: input.eventId })) {
        throw conflict(CfpErrorCodes.ALREADY_EXISTS, 'This summit already has a call for papers', {
          eventId: 'already has a call for papers',
        });
      }
      const cfp = await manager.save(CfpEntity, manager.create(CfpEntity, { eventId: input.eventId, ...toColumns(input) }));
      await this.audit.record(manager, actor, { entity: 'cfp', entityId: cfp.id, action: 'create', note: event.name });
      return presentCfp(cfp);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateCfp) {
    return this.repository.transaction(async (manager) => {
      const cfp = await lockForUpdate(manager, CfpEntity, id, 'Call for papers', input.version);
      await assertChairOfEvent(manager, actor, cfp.eventId);
      const patch = toColumns(input);
      const changes = changedFields(cfp, patch);
      const saved = await saveVersioned(manager, CfpEntity, cfp, patch);
      await this.audit.record(manager, actor, { entity: 'cfp', entityId: id, action: 'update', changes });
      return presentCfp(saved);
    });
  }

  // The summit page's call for papers.
  async findPublic(slug: string) {
    const event = await this.events.findBySlug(slug);
    const cfp = await this.repository.findForEvent(event.id);
    if (!cfp) throw notFound('Call for papers');
    return presentPublicCfp(cfp);
  }

  // The event page's call for papers, if the event has one.
  async publicForEvent(eventId: number) {
    const cfp = await this.repository.findForEvent(eventId);
    return cfp ? presentPublicCfp(cfp) : null;
  }

  // A call for papers read by another feature in its transaction (submissions check its window).
  get(manager: EntityManager, id: number): Promise<CfpEntity> {
    return manager.findOneByOrFail(CfpEntity, { id });
  }

  find(manager: EntityManager, id: number): Promise<CfpEntity | null> {
    return manager.findOneBy(CfpEntity, { id });
  }

  // Locks the call while its staged decisions are released, so that two releases run one after
  // the other.
  lockForRelease(manager: EntityManager, id: number): Promise<CfpEntity> {
    return lockForUpdate(manager, CfpEntity, id, 'Call for papers');
  }

  // Bidding opens and closes by a chair's action (the bids feature checks who and when), versioned and
  // audited like any change of the call.
  async setBiddingOpen(manager: EntityManager, actor: AuthUser, cfp: CfpEntity, open: boolean) {
    const saved = await saveVersioned(manager, CfpEntity, cfp, { biddingOpen: open });
    await this.audit.record(manager, actor, {
      entity: 'cfp',
      entityId: cfp.id,
      action: open ? 'open_bidding' : 'close_bidding',
      changes: { biddingOpen: { from: !open, to: open } },
    });
    return presentCfp(saved);
  }

  // Locks the call while bidding opens or closes (and while a bid is written against it).
  lockForBidding(manager: EntityManager, id: number, version?: number): Promise<CfpEntity> {
    return lockForUpdate(manager, CfpEntity, id, 'Call for papers', version);
  }

  async markDecisionsReleased(manager: EntityManager, actor: AuthUser, cfp: CfpEntity, count: number, at: Date): Promise<void> {
    await saveVersioned(manager, CfpEntity, cfp, { decisionsReleasedAt: at });
    await this.audit.record(manager, actor, { entity: 'cfp', entityId: cfp.id, action: 'release_decisions', note: `${count} decision(s)` });
  }
}
