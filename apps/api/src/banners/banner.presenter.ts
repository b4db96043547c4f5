import type { Banner, BannerHandOver, BannerOrder } from '@summitdesk/contracts';
import type { BannerHandOverEntity } from './banner-hand-over.entity.js';
import type { BannerOrderEntity } from './banner-order.entity.js';
import type { BannerEntity } from './banner.entity.js';

export const presentBanner = (banner: BannerEntity): Banner => ({
  id: banner.id,
  tag: banner.tag,
  description: banner.description,
  condition: banner.condition,
  location: banner.location,
  boothProposalId: banner.boothProposalId,
  eventName: banner.booth?.event?.name ?? banner.booth?.newEvent?.name ?? null,
  shipmentId: banner.shipmentId,
  lostReason: banner.lostReason,
  version: banner.version,
  createdAt: banner.createdAt.toISOString(),
  updatedAt: banner.updatedAt.toISOString(),
});

export const presentHandOver = (row: BannerHandOverEntity): BannerHandOver => ({
  id: Number(row.id),
  bannerId: row.bannerId,
  fromLocation: row.fromLocation,
  toLocation: row.toLocation,
  holder: row.holder,
  condition: row.condition,
  note: row.note,
  shipmentId: row.shipmentId,
  boothProposalId: row.boothProposalId,
  actorName: row.actorName,
  createdAt: row.createdAt.toISOString(),
});

export const presentBannerOrder = (order: BannerOrderEntity): BannerOrder => ({
  id: order.id,
  boothProposalId: order.boothProposalId,
  description: order.description,
  cost: order.cost,
  currency: order.currency,
  supplier: order.supplier,
  bannerId: order.bannerId,
  ledgerEntryId: order.ledgerEntryId,
  createdAt: order.createdAt.toISOString(),
  receivedAt: order.receivedAt?.toISOString() ?? null,
});
