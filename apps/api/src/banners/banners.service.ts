import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import {
  BannerErrorCodes,
  BannerLocations,
  CommonErrorCodes,
  type CreateBanner,
  type LoseBanner,
  type UpdateBanner,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { BannerCustodyService } from './banner-custody.service.js';
import { BannerHandOverEntity } from './banner-hand-over.entity.js';
import { BannerEntity } from './banner.entity.js';
import { presentBanner, presentHandOver } from './banner.presenter.js';
import { Transactions } from '../common/transactions.js';
import { BannersRepository } from './banners.repository.js';

const bannerListSpec: ListSpec = {
  resource: 'banners',
  sortable: { id: 'banner.id', tag: 'banner.tag', location: 'banner.location', updatedAt: 'banner.updated_at' },
  filterable: {
    id: { column: 'banner.id', type: 'int' },
    location: { column: 'banner.location', type: 'text', values: BannerLocations },
    boothProposalId: { column: 'banner.booth_proposal_id', type: 'int' },
    shipmentId: { column: 'banner.shipment_id', type: 'int' },
  },
  // Same expression as the ix_banner_search trigram index.
  search: `(banner.tag || ' ' || banner.description)`,
  defaultSort: ['tag', 'ASC'],
  idColumn: 'banner.id',
};

@Injectable()
export class BannersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: BannersRepository,
    private readonly audit: AuditService,
    private readonly custody: BannerCustodyService,
  ) {}

  private query(manager: EntityManager = this.transactions.reader) {
    return manager
      .getRepository(BannerEntity)
      .createQueryBuilder('banner')
      .leftJoinAndSelect('banner.booth', 'booth')
      .leftJoinAndSelect('booth.event', 'event');
  }

  list(query: Record<string, unknown>) {
    return findPage(this.query(), query, bannerListSpec, presentBanner);
  }

  // Global search: the same visibility as the list, first `limit` matches.
  async search(q: string, limit: number): Promise<SearchHit[]> {
    const page = await this.list({ filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((banner) => ({ type: 'banners', id: banner.id, title: banner.tag, subtitle: banner.description }));
  }

  async findOne(id: number, manager?: EntityManager) {
    const banner = await this.query(manager).where('banner.id = :id', { id }).getOne();
    if (!banner) throw notFound('Banner');
    return presentBanner(banner);
  }

  async history(id: number) {
    if (!(await this.transactions.reader.getRepository(BannerEntity).existsBy({ id }))) throw notFound('Banner');
    const rows = await this.transactions.reader.getRepository(BannerHandOverEntity).find({ where: { bannerId: id }, order: { id: 'ASC' } });
    return rows.map(presentHandOver);
  }

  create(actor: AuthUser, input: CreateBanner) {
    return this.transactions.run(async (manager) => {
      const banner = await this.insert(manager, actor, input, 'Added to the warehouse');
      return this.findOne(banner.id, manager);
    });
  }

  // Also used when an ordered banner arrives.
  async insert(manager: EntityManager, actor: AuthUser, input: CreateBanner, note: string): Promise<BannerEntity> {
    await this.refuseTakenTag(manager, input.tag);
    const banner = await manager.save(BannerEntity, manager.create(BannerEntity, { ...input, location: 'warehouse' }));
    await this.custody.arrive(manager, actor, banner, note);
    await this.audit.record(manager, actor, {
      entity: 'banner',
      entityId: banner.id,
      action: 'create',
      toState: 'warehouse',
      changes: changedFields({}, input),
      note,
    });
    return banner;
  }

  update(actor: AuthUser, id: number, input: UpdateBanner) {
    return this.transactions.run(async (manager) => {
      const banner = await lockForUpdate(manager, BannerEntity, id, 'Banner', input.version);
      if (input.tag !== banner.tag) await this.refuseTakenTag(manager, input.tag);
      const patch = { tag: input.tag, description: input.description, condition: input.condition };
      const changes = changedFields(banner, patch);
      await saveVersioned(manager, BannerEntity, banner, patch);
      await this.audit.record(manager, actor, { entity: 'banner', entityId: id, action: 'update', changes });
      return this.findOne(id, manager);
    });
  }

  // Only a banner that never travelled can be deleted; one with a history is written off instead.
  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      await lockForUpdate(manager, BannerEntity, id, 'Banner');
      const shown = await this.findOne(id, manager);
      if (await this.repository.isInUse(manager, id))
        throw conflict(
          BannerErrorCodes.IN_USE,
          `${shown.tag} has travelled or is assigned to a booth; write it off as lost instead of deleting it`,
          { id: 'is in use' },
        );
      await manager.delete(BannerEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'banner',
        entityId: id,
        action: 'delete',
        fromState: shown.location,
        note: `${shown.tag} ${shown.description}`,
      });
      return shown;
    });
  }

  // Written off as lost (stolen at the venue, ruined): the booth can close without it.
  lose(actor: AuthUser, id: number, input: LoseBanner) {
    return this.transactions.run(async (manager) => {
      const banner = await lockForUpdate(manager, BannerEntity, id, 'Banner', input.version);
      const reason = input.reason?.trim();
      if (!reason) throw unprocessable(BannerErrorCodes.REASON_REQUIRED, 'Say how the banner was lost', { reason: 'is required' });
      if (banner.location === 'lost')
        throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, `${banner.tag} is already written off`, { location: 'is lost' });
      if (banner.shipmentId) {
        throw conflict(
          BannerErrorCodes.ON_SHIPMENT,
          `${banner.tag} is on shipment #${banner.shipmentId}; mark that shipment lost or cancel it first`,
          { shipmentId: `is ${banner.shipmentId}` },
        );
      }
      await this.custody.handOver(manager, actor, banner, {
        location: 'lost',
        boothProposalId: banner.boothProposalId,
        shipmentId: null,
        holder: 'Written off',
        note: reason,
        lostReason: reason,
      });
      return this.findOne(id, manager);
    });
  }

  // A booth that asked to ship an existing banner gets this one.
  assign(actor: AuthUser, id: number, boothProposalId: number) {
    return this.transactions.run(async (manager) => {
      const banner = await lockForUpdate(manager, BannerEntity, id, 'Banner');
      const booth = await lockForUpdate(manager, BoothProposalEntity, boothProposalId, 'Booth proposal');
      if (booth.banner !== 'ship_existing') {
        throw unprocessable(BannerErrorCodes.BOOTH_DID_NOT_ORDER, 'This booth did not ask for one of our banners', {
          boothProposalId: `asks for banner "${booth.banner}"`,
        });
      }
      if (banner.location === 'lost')
        throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, `${banner.tag} is written off as lost`, { location: 'is lost' });
      const from = booth.bannerId;
      await saveVersioned(manager, BoothProposalEntity, booth, { bannerId: id });
      await this.audit.record(manager, actor, {
        entity: 'booth_proposal',
        entityId: booth.id,
        action: 'assign_banner',
        changes: { bannerId: { from, to: id } },
        note: `Banner ${banner.tag}`,
      });
      return this.findOne(id, manager);
    });
  }

  private async refuseTakenTag(manager: EntityManager, tag: string) {
    if (await manager.existsBy(BannerEntity, { tag }))
      throw conflict(BannerErrorCodes.TAG_TAKEN, `Another banner already has the tag ${tag}`, { tag: 'is taken' });
  }
}
