import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import {
  ApprovedBoothProposalStatuses,
  BoothProposalErrorCodes,
  BoothProposalStatuses,
  CommonErrorCodes,
  EditableBoothProposalStatuses,
  todayIn,
  type BoothProposalStatus,
  type CreateBoothProposal,
  type UpdateBoothProposal,
} from '@summitdesk/contracts';
import { In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import { checkAmount } from '../common/money.js';
import type { AuthUser } from '../common/auth-user.js';
import { ListPage, findPage } from '../common/list-query.js';
import { changedFields, saveVersioned } from '../common/record-lock.js';
import { EventsService } from '../events/events.service.js';
import { InventoryItemEntity } from '../inventory-items/inventory-item.entity.js';
import { isVisibleTo, loadFullProposal, lockVisibleProposal } from './booth-proposal-access.js';
import { boothProposalListSpec } from './booth-proposal-list.spec-config.js';
import { BoothProposalMaterialEntity } from './booth-proposal-material.entity.js';
import { BoothProposalPhotoEntity } from './booth-proposal-photo.entity.js';
import { BoothProposalEntity } from './booth-proposal.entity.js';
import { presentBoothProposal } from './booth-proposal.presenter.js';
import { Transactions } from '../common/transactions.js';
import { BoothProposalsRepository } from './booth-proposals.repository.js';

type ProposalInput = CreateBoothProposal | UpdateBoothProposal;

@Injectable()
export class BoothProposalsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: BoothProposalsRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  // Global search: the same visibility as the list, first `limit` matches.
  async search(viewer: AuthUser, q: string, limit: number): Promise<SearchHit[]> {
    const page = await this.list(viewer, { filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((proposal) => ({
      type: 'booth-proposals',
      id: proposal.id,
      title: proposal.event?.name ?? proposal.newEvent?.name ?? `#${proposal.id}`,
      subtitle: proposal.status,
    }));
  }

  async list(viewer: AuthUser, query: Record<string, unknown>) {
    const qb = this.transactions.reader
      .getRepository(BoothProposalEntity)
      .createQueryBuilder('proposal')
      .leftJoinAndSelect('proposal.event', 'event')
      .leftJoinAndSelect('proposal.proposer', 'proposer');
    if (viewer.role !== 'organizer') {
      qb.andWhere('(proposal.proposer_id = :viewerId OR proposal.status IN (:...visibleStatuses))', {
        viewerId: viewer.id,
        visibleStatuses: ApprovedBoothProposalStatuses,
      });
    }
    const page = await findPage(qb, query, boothProposalListSpec);
    await this.attachLines(page.rows);
    return new ListPage(
      page.resource,
      page.rows.map((row) => presentBoothProposal(row, viewer)),
      page.start,
      page.total,
    );
  }

  // Proposals per state, for the organizers' dashboard; every state is listed, empty ones as 0.
  async pipeline(): Promise<Array<{ status: BoothProposalStatus; count: number }>> {
    const rows = await this.repository.countByStatus();
    return BoothProposalStatuses.map((status) => ({ status, count: rows.find((row) => row.status === status)?.count ?? 0 }));
  }

  async findOne(viewer: AuthUser, id: number) {
    const proposal = await loadFullProposal(this.transactions.reader, id);
    if (!proposal || !isVisibleTo(proposal, viewer)) throw notFound('Booth proposal');
    return presentBoothProposal(proposal, viewer);
  }

  create(actor: AuthUser, input: CreateBoothProposal) {
    return this.transactions.run(async (manager) => {
      await this.checkInput(manager, input);
      const proposal = await manager.save(
        BoothProposalEntity,
        manager.create(BoothProposalEntity, { ...this.columns(input), proposerId: actor.id, status: 'draft' }),
      );
      await this.replaceMaterials(manager, proposal.id, input.materials);
      await this.audit.record(manager, actor, { entity: 'booth_proposal', entityId: proposal.id, action: 'create', toState: 'draft' });
      return presentBoothProposal((await loadFullProposal(manager, proposal.id))!, actor);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateBoothProposal) {
    return this.transactions.run(async (manager) => {
      const proposal = await lockVisibleProposal(manager, id, actor, input.version);
      if (proposal.proposerId !== actor.id && actor.role !== 'organizer')
        throw forbidden('Only the proposer or an organizer may edit a booth proposal');
      if (!EditableBoothProposalStatuses.includes(proposal.status)) {
        throw conflict(BoothProposalErrorCodes.NOT_EDITABLE, `A booth proposal that is ${proposal.status} can no longer be edited`, {
          status: `is ${proposal.status}`,
        });
      }
      await this.checkInput(manager, input);
      const patch = this.columns(input);
      const before = await manager.findBy(BoothProposalMaterialEntity, { boothProposalId: id });
      const changes = changedFields(proposal, patch);
      const materialsBefore = before.map(({ itemId, quantity }) => ({ itemId, quantity })).sort((a, b) => a.itemId - b.itemId);
      const materialsAfter = input.materials.map(({ itemId, quantity }) => ({ itemId, quantity })).sort((a, b) => a.itemId - b.itemId);
      if (JSON.stringify(materialsBefore) !== JSON.stringify(materialsAfter))
        changes.materials = { from: materialsBefore, to: materialsAfter };
      await saveVersioned(manager, BoothProposalEntity, proposal, patch);
      await this.replaceMaterials(manager, id, input.materials);
      await this.audit.record(manager, actor, { entity: 'booth_proposal', entityId: id, action: 'update', changes });
      return presentBoothProposal((await loadFullProposal(manager, id))!, actor);
    });
  }

  // Only a draft can disappear; anything further along is withdrawn instead, so its history stays.
  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      const proposal = await lockVisibleProposal(manager, id, actor);
      if (proposal.proposerId !== actor.id) throw forbidden('Only the proposer may delete a draft booth proposal');
      if (proposal.status !== 'draft') {
        throw conflict(
          CommonErrorCodes.ILLEGAL_TRANSITION,
          `A booth proposal that is ${proposal.status} cannot be deleted; withdraw it instead`,
          { status: `is ${proposal.status}` },
        );
      }
      const shown = presentBoothProposal((await loadFullProposal(manager, id))!, actor);
      await manager.delete(BoothProposalEntity, { id });
      await this.audit.record(manager, actor, { entity: 'booth_proposal', entityId: id, action: 'delete', fromState: 'draft' });
      return shown;
    });
  }

  private columns(input: ProposalInput): Partial<BoothProposalEntity> {
    return {
      eventId: input.eventId ?? null,
      newEvent: input.eventId ? null : (input.newEvent ?? null),
      pitch: input.pitch,
      expectedAttendance: input.expectedAttendance ?? null,
      staffingPlan: input.staffingPlan ?? null,
      feeRequested: input.feeRequested,
      currency: input.currency,
      banner: input.banner,
      bannerId: input.banner === 'ship_existing' ? (input.bannerId ?? null) : null,
      shippingAddress: input.shippingAddress ?? null,
      neededBy: input.neededBy ?? null,
      receivingFrom: input.receivingWindow?.from ?? null,
      receivingTo: input.receivingWindow?.to ?? null,
      openingHours: input.openingHours ?? null,
    };
  }

  // Rules that need the database or that the booth issue wants answered with 422 rather than 400.
  private async checkInput(manager: EntityManager, input: ProposalInput) {
    if (input.feeRequested != null)
      checkAmount(input.feeRequested, 'feeRequested', BoothProposalErrorCodes.BAD_AMOUNT, { label: 'The booth fee' });
    if (input.eventId) {
      const event = await this.events.find(manager, input.eventId);
      if (!event) throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'There is no such event', { eventId: 'is not an event' });
      if (event.status === 'cancelled' || event.endDate < todayIn(event.timeZone)) {
        throw unprocessable(
          BoothProposalErrorCodes.EVENT_OVER,
          `${event.name} is ${event.status === 'cancelled' ? 'cancelled' : 'over'}; a booth can only be proposed for an event to come`,
          { eventId: 'is over or cancelled' },
        );
      }
      const outside = (input.openingHours ?? []).find((hours) => hours.day < event.startDate || hours.day > event.endDate);
      if (outside)
        throw unprocessable(CommonErrorCodes.VALIDATION, `${outside.day} is not a day of ${event.name}`, {
          openingHours: `${outside.day} is not a day of the event`,
        });
    }
    const itemIds = input.materials.map((line) => line.itemId);
    if (itemIds.length > 0) {
      const found = await manager.countBy(InventoryItemEntity, { id: In(itemIds) });
      if (found !== itemIds.length)
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'A material is not in the inventory catalogue', {
          materials: 'names an item that is not in the catalogue',
        });
    }
  }

  private async replaceMaterials(manager: EntityManager, proposalId: number, lines: { itemId: number; quantity: number }[]) {
    await manager.delete(BoothProposalMaterialEntity, { boothProposalId: proposalId });
    if (lines.length > 0) {
      await manager.insert(
        BoothProposalMaterialEntity,
        lines.map((line) => ({ boothProposalId: proposalId, itemId: line.itemId, quantity: line.quantity })),
      );
    }
  }

  // One query per kind of line for the whole page, rather than a join that would break paging.
  private async attachLines(rows: BoothProposalEntity[]) {
    if (rows.length === 0) return;
    const ids = rows.map((row) => row.id);
    const [materials, photos] = await Promise.all([
      this.transactions.reader
        .getRepository(BoothProposalMaterialEntity)
        .find({ where: { boothProposalId: In(ids) }, order: { itemId: 'ASC' } }),
      this.transactions.reader.getRepository(BoothProposalPhotoEntity).find({ where: { boothProposalId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    for (const row of rows) {
      row.materials = materials.filter((line) => line.boothProposalId === row.id);
      row.photos = photos.filter((photo) => photo.boothProposalId === row.id);
    }
  }
}
