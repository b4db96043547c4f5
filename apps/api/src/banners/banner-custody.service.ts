import { Injectable } from '@nestjs/common';
import type { BannerLocation } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import type { AuthUser } from '../common/auth-user.js';
import { BannerHandOverEntity } from './banner-hand-over.entity.js';
import { BannerEntity } from './banner.entity.js';
import { BannersRepository } from './banners.repository.js';

export type HandOver = {
  location: BannerLocation;
  boothProposalId: number | null;
  shipmentId: number | null;
  // Who holds it now, in words.
  holder: string;
  condition?: string | null;
  note?: string | null;
  lostReason?: string | null;
  // The booth or shipment the hand-over belongs to, kept in the history even once the banner moves on.
  historyBoothProposalId?: number | null;
  historyShipmentId?: number | null;
};

// Moves a locked banner and writes the link in its chain of custody and the audit log, in the
// caller's transaction. Every change of a banner's place or hand goes through here.
@Injectable()
export class BannerCustodyService {
  constructor(
    private readonly audit: AuditService,
    private readonly repository: BannersRepository,
  ) {}

  async handOver(manager: EntityManager, actor: AuthUser | null, banner: BannerEntity, to: HandOver): Promise<void> {
    const from = { location: banner.location, condition: banner.condition, boothProposalId: banner.boothProposalId };
    const condition = to.condition?.trim() || null;
    banner.location = to.location;
    banner.boothProposalId = to.boothProposalId;
    banner.shipmentId = to.shipmentId;
    if (condition) banner.condition = condition;
    if (to.lostReason !== undefined) banner.lostReason = to.lostReason;
    banner.version += 1;
    await manager.save(BannerEntity, banner);
    await manager.insert(BannerHandOverEntity, {
      bannerId: banner.id,
      fromLocation: from.location,
      toLocation: to.location,
      holder: to.holder,
      condition,
      note: to.note ?? null,
      shipmentId: to.historyShipmentId ?? to.shipmentId,
      boothProposalId: to.historyBoothProposalId ?? to.boothProposalId,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
    });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (from.location !== to.location) changes.location = { from: from.location, to: to.location };
    if (from.boothProposalId !== to.boothProposalId) changes.boothProposalId = { from: from.boothProposalId, to: to.boothProposalId };
    if (condition && condition !== from.condition) changes.condition = { from: from.condition, to: condition };
    await this.audit.record(manager, actor, {
      entity: 'banner',
      entityId: banner.id,
      action: 'hand_over',
      fromState: from.location,
      toState: to.location,
      changes,
      note: [to.holder, to.note].filter(Boolean).join(': '),
    });
  }

  // Locks the banners for a move, in id order so that two parcels never wait on each other.
  async lock(manager: EntityManager, bannerIds: number[]): Promise<BannerEntity[]> {
    if (bannerIds.length === 0) return [];
    const ids = [...bannerIds].sort((a, b) => a - b);
    return manager
      .getRepository(BannerEntity)
      .createQueryBuilder('banner')
      .setLock('pessimistic_write')
      .where('banner.id IN (:...ids)', { ids })
      .orderBy('banner.id')
      .getMany();
  }

  // Claims locked banners for a parcel: they stay where they are, but no other parcel may take them.
  async claimFor(manager: EntityManager, shipmentId: number, bannerIds: number[]): Promise<void> {
    await this.repository.claimFor(manager, shipmentId, bannerIds);
  }

  // The parcel's banners are free again (it was cancelled, deleted, or its lines changed).
  async releaseFrom(manager: EntityManager, shipmentId: number): Promise<void> {
    await this.repository.releaseFrom(manager, shipmentId);
  }

  // A banner newly in the community's hands starts its history in the warehouse.
  async arrive(manager: EntityManager, actor: AuthUser, banner: BannerEntity, note: string): Promise<void> {
    await manager.insert(BannerHandOverEntity, {
      bannerId: banner.id,
      fromLocation: null,
      toLocation: 'warehouse',
      holder: 'Warehouse',
      condition: banner.condition,
      note,
      actorId: actor.id,
      actorName: actor.name,
    });
  }
}
