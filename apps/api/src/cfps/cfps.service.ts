import { Injectable } from '@nestjs/common';
import { CfpErrorCodes, type CreateCfp, type UpdateCfp } from '@summitdesk/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { assertChairOfEvent } from '../committees/committee-access.js';
import { EventEntity } from '../events/event.entity.js';
import { CfpEntity } from './cfp.entity.js';
import { presentCfp } from './cfp.presenter.js';

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
    editableAfterClose: input.editableAfterClose,
    phases: input.phases,
  };
  for (const key of instants) columns[key] = new Date(input[key]);
  return columns;
}

@Injectable()
export class CfpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Calls for papers are public, so any signed-in user may list them.
  list(query: Record<string, unknown>) {
    return findPage(this.dataSource.getRepository(CfpEntity).createQueryBuilder('cfp'), query, cfpListSpec, (cfp) => presentCfp(cfp));
  }

  async findOne(id: number) {
    const cfp = await this.dataSource.getRepository(CfpEntity).findOneBy({ id });
    if (!cfp) throw notFound('Call for papers');
    return presentCfp(cfp);
  }

  create(actor: AuthUser, input: CreateCfp) {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneBy(EventEntity, { id: input.eventId });
      if (!event) throw unprocessable('CFP.NO_EVENT', 'No such event', { eventId: 'does not exist' });
      await assertChairOfEvent(manager, actor, input.eventId);
      if (event.kind !== 'summit')
        throw unprocessable('CFP.NOT_A_SUMMIT', 'Only summits run a call for papers', { eventId: 'is not a summit' });
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
    return this.dataSource.transaction(async (manager) => {
      const cfp = await lockForUpdate(manager, CfpEntity, id, 'Call for papers', input.version);
      await assertChairOfEvent(manager, actor, cfp.eventId);
      const patch = toColumns(input);
      const changes = changedFields(cfp, patch);
      const saved = await saveVersioned(manager, CfpEntity, cfp, patch);
      await this.audit.record(manager, actor, { entity: 'cfp', entityId: id, action: 'update', changes });
      return presentCfp(saved);
    });
  }
}
