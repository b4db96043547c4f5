import { Injectable } from '@nestjs/common';
import { CommonErrorCodes, isItemLine, ShipmentErrorCodes, type ShipmentLineInput } from '@summitdesk/contracts';
import { In, type EntityManager } from 'typeorm';
import { BannerCustodyService } from '../banners/banner-custody.service.js';
import type { BannerEntity } from '../banners/banner.entity.js';
import { conflict, unprocessable } from '../common/app-error.js';
import { InventoryItemEntity } from '../inventory-items/inventory-item.entity.js';
import { ShipmentLineEntity } from './shipment-line.entity.js';
import type { ShipmentEntity } from './shipment.entity.js';

const where = (banner: BannerEntity) =>
  banner.location === 'at_event' ? `at booth #${banner.boothProposalId}` : banner.location.replace('_', ' ');

// A shipment's lines: items from the catalogue, and banners claimed for this parcel only.
@Injectable()
export class ShipmentLinesService {
  constructor(private readonly custody: BannerCustodyService) {}

  async replace(manager: EntityManager, shipment: ShipmentEntity, lines: ShipmentLineInput[]): Promise<void> {
    await this.releaseBanners(manager, shipment.id);
    await manager.delete(ShipmentLineEntity, { shipmentId: shipment.id });
    await this.checkItems(manager, shipment, lines);
    await this.claimBanners(manager, shipment, lines);
    await manager.insert(
      ShipmentLineEntity,
      lines.map((line) =>
        isItemLine(line)
          ? { shipmentId: shipment.id, itemId: line.itemId, quantity: line.quantity }
          : { shipmentId: shipment.id, bannerId: line.bannerId, condition: line.condition?.trim() || null },
      ),
    );
  }

  // The banners are free again (the parcel was cancelled, deleted, or its lines changed).
  async releaseBanners(manager: EntityManager, shipmentId: number): Promise<void> {
    await this.custody.releaseFrom(manager, shipmentId);
  }

  private async checkItems(manager: EntityManager, shipment: ShipmentEntity, lines: ShipmentLineInput[]) {
    const itemLines = lines.map((line, index) => ({ line, index })).filter(({ line }) => isItemLine(line));
    if (itemLines.length === 0) return;
    if (shipment.fromBoothProposalId) {
      const errors = Object.fromEntries(itemLines.map(({ index }) => [`lines.${index}.itemId`, 'a forward carries banners only']));
      throw unprocessable(
        ShipmentErrorCodes.FORWARD_CARRIES_BANNERS_ONLY,
        'A parcel from one booth to the next carries banners only; send materials from the warehouse',
        errors,
      );
    }
    const ids = itemLines.map(({ line }) => (line as { itemId: number }).itemId);
    const known = new Set((await manager.findBy(InventoryItemEntity, { id: In(ids) })).map((item) => item.id));
    const errors = Object.fromEntries(
      itemLines
        .filter(({ line }) => !known.has((line as { itemId: number }).itemId))
        .map(({ index }) => [`lines.${index}.itemId`, 'is not in the catalogue']),
    );
    if (Object.keys(errors).length > 0)
      throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'Some lines name items that are not in the catalogue', errors);
  }

  // Locks the banners and checks each is where this parcel picks it up and on no other parcel.
  private async claimBanners(manager: EntityManager, shipment: ShipmentEntity, lines: ShipmentLineInput[]) {
    const bannerLines = lines.map((line, index) => ({ line, index })).filter(({ line }) => !isItemLine(line)) as Array<{
      line: { bannerId: number };
      index: number;
    }>;
    if (bannerLines.length === 0) return;
    const ids = bannerLines.map(({ line }) => line.bannerId);
    const banners = await this.custody.lock(manager, ids);
    const byId = new Map(banners.map((banner) => [banner.id, banner]));
    const unknown = Object.fromEntries(
      bannerLines
        .filter(({ line }) => !byId.has(line.bannerId))
        .map(({ index }) => [`lines.${index}.bannerId`, 'is not one of our banners']),
    );
    if (Object.keys(unknown).length > 0)
      throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'Some lines name banners we do not have', unknown);
    // Outbound parcels leave the warehouse; returns and forwards pick the banner up at the booth.
    const origin = shipment.direction === 'return' ? shipment.boothProposalId : shipment.fromBoothProposalId;
    const problems: string[] = [];
    const errors: Record<string, string> = {};
    for (const { line, index } of bannerLines) {
      const banner = byId.get(line.bannerId)!;
      let problem: string | null = null;
      if (banner.shipmentId && banner.shipmentId !== shipment.id) problem = `${banner.tag} is already on shipment #${banner.shipmentId}`;
      else if (!origin && banner.location !== 'warehouse') problem = `${banner.tag} is ${where(banner)}, not in the warehouse`;
      else if (origin && (banner.location !== 'at_event' || banner.boothProposalId !== origin))
        problem = `${banner.tag} is ${where(banner)}, not at booth #${origin}`;
      if (problem) {
        problems.push(problem);
        errors[`lines.${index}.bannerId`] = problem;
      }
    }
    if (problems.length > 0) throw conflict(ShipmentErrorCodes.BANNER_UNAVAILABLE, `${problems.join('; ')}`, errors);
    await this.custody.claimFor(manager, shipment.id, ids);
  }
}
