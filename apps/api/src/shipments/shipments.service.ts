import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import {
  CommonErrorCodes,
  DeletableShipmentStatuses,
  EditableShipmentStatuses,
  isItemLine,
  OutboundBoothProposalStatuses,
  ReturnBoothProposalStatuses,
  ShipmentErrorCodes,
  type CreateShipment,
  type UpdateShipment,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findRawRowsAndTotal, ListPage, parseListQuery } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { shipmentListSpec } from './shipment-list.spec-config.js';
import { linesOfShipments, SHIPMENT_LIST_COLUMNS, shipmentForShow, shipmentOfRow, type ShowRow } from './shipments.repository.js';
import { ShipmentLinesService } from './shipment-lines.service.js';
import { ShipmentLineEntity } from './shipment-line.entity.js';
import { presentShipment } from './shipment.presenter.js';
import { checkCost, checkShipTo, checkTracking } from './shipment-rules.js';
import { ShipmentEntity } from './shipment.entity.js';
import { Transactions } from '../common/transactions.js';

export const loadShipment = (manager: EntityManager, id: number) =>
  // Lines keep the order they were entered in: errors name them by position (`lines.1.quantity`).
  manager.findOne(ShipmentEntity, {
    where: { id },
    relations: { booth: { event: true, proposer: true }, lines: { item: true, banner: true } },
    order: { lines: { id: 'ASC' } },
  });

// A member sees the parcels of booths they proposed; organizers see every parcel.
const visibleTo = (shipment: ShipmentEntity, viewer: AuthUser) => viewer.role === 'organizer' || shipment.booth?.proposerId === viewer.id;

const lineKey = (line: { itemId?: number | null; quantity?: number | null; bannerId?: number | null }) =>
  line.itemId ? `item:${line.itemId}x${line.quantity}` : `banner:${line.bannerId}`;

@Injectable()
export class ShipmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly lines: ShipmentLinesService,
  ) {}

  // Global search: the same visibility as the list, first `limit` matches.
  async search(viewer: AuthUser, q: string, limit: number): Promise<SearchHit[]> {
    const page = await this.list(viewer, { filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((shipment) => ({
      type: 'shipments',
      id: shipment.id,
      title: shipment.trackingNumber ?? `#${shipment.id}`,
      subtitle: [shipment.booth.eventName, shipment.status].filter(Boolean).join(' · '),
    }));
  }

  // Lines are loaded for the page's rows in a second query, so that paging counts shipments, not lines.
  async list(viewer: AuthUser, query: Record<string, unknown>) {
    const list = parseListQuery(query, shipmentListSpec);
    const qb = this.transactions.reader
      .getRepository(ShipmentEntity)
      .createQueryBuilder('shipment')
      .leftJoin('shipment.booth', 'booth')
      .leftJoin('booth.event', 'event')
      .leftJoin('booth.proposer', 'proposer')
      .select(SHIPMENT_LIST_COLUMNS);
    if (viewer.role !== 'organizer') qb.andWhere('booth.proposer_id = :viewerId', { viewerId: viewer.id });
    const [rows, total] = await findRawRowsAndTotal<ShowRow>(qb, list, shipmentListSpec);
    const lines = await linesOfShipments(
      this.transactions.reader,
      rows.map((row) => row.id),
    );
    const now = new Date();
    return new ListPage(
      shipmentListSpec.resource,
      rows.map((row) => presentShipment(shipmentOfRow(row, lines.get(row.id) ?? []), now)),
      list.start,
      total,
    );
  }

  async load(viewer: AuthUser, id: number): Promise<ShipmentEntity> {
    const shipment = await loadShipment(this.transactions.reader, id);
    if (!shipment || !visibleTo(shipment, viewer)) throw notFound('Shipment');
    return shipment;
  }

  // The record's page: one statement (see shipmentForShow), the same visibility as load().
  async findOne(viewer: AuthUser, id: number) {
    const shipment = await shipmentForShow(this.transactions.reader, id);
    if (!shipment || !visibleTo(shipment, viewer)) throw notFound('Shipment');
    return presentShipment(shipment);
  }

  create(actor: AuthUser, input: CreateShipment) {
    return this.transactions.run(async (manager) => {
      const booth = await manager.findOneBy(BoothProposalEntity, { id: input.boothProposalId });
      if (!booth)
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'There is no such booth', { boothProposalId: 'is not a booth proposal' });
      const direction = input.direction;
      const allowed = direction === 'outbound' ? OutboundBoothProposalStatuses : ReturnBoothProposalStatuses;
      if (!allowed.includes(booth.status)) {
        const what = direction === 'outbound' ? 'Parcels go to approved booths' : 'Returns come from booths that were sent something';
        throw unprocessable(ShipmentErrorCodes.BOOTH_NOT_SHIPPABLE, `${what}; booth #${booth.id} is ${booth.status}`, {
          boothProposalId: `is ${booth.status}`,
        });
      }
      const fromBoothProposalId = input.fromBoothProposalId ?? null;
      if (fromBoothProposalId !== null) {
        if (direction !== 'outbound' || fromBoothProposalId === booth.id) {
          throw unprocessable(ShipmentErrorCodes.BOOTH_NOT_SHIPPABLE, 'A forward goes outbound from another booth', {
            fromBoothProposalId: 'must be another booth, on an outbound parcel',
          });
        }
        if (!(await manager.existsBy(BoothProposalEntity, { id: fromBoothProposalId }))) {
          throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'There is no such booth to forward from', {
            fromBoothProposalId: 'is not a booth proposal',
          });
        }
      }
      const shipTo = checkShipTo(input.shipTo, direction === 'outbound' ? booth.shippingAddress : null);
      const tracking = checkTracking(input.carrier, input.trackingNumber, false);
      const money = checkCost(input.cost, input.currency, booth.approvedCurrency ?? booth.currency);
      const shipment = await manager.save(
        ShipmentEntity,
        manager.create(ShipmentEntity, {
          boothProposalId: booth.id,
          fromBoothProposalId,
          direction,
          status: 'requested',
          shipTo,
          ...tracking,
          ...money,
          service: input.service ?? null,
          note: input.note ?? null,
        }),
      );
      await this.lines.replace(manager, shipment, input.lines);
      await this.audit.record(manager, actor, {
        entity: 'shipment',
        entityId: shipment.id,
        action: 'create',
        toState: 'requested',
        changes: { direction: { from: null, to: direction }, lines: { from: null, to: input.lines } },
        note: `${direction === 'return' ? 'Return from' : 'Parcel to'} booth #${booth.id}`,
      });
      return presentShipment((await loadShipment(manager, shipment.id))!);
    });
  }

  // Everything can change while requested; once packed, only the label (address, carrier, cost).
  update(actor: AuthUser, id: number, input: UpdateShipment) {
    return this.transactions.run(async (manager) => {
      const shipment = await lockForUpdate(manager, ShipmentEntity, id, 'Shipment', input.version);
      if (!EditableShipmentStatuses.includes(shipment.status)) {
        throw conflict(ShipmentErrorCodes.NOT_EDITABLE, `A ${shipment.status} shipment can no longer be edited`, {
          status: `is ${shipment.status}`,
        });
      }
      const current = await manager.find(ShipmentLineEntity, { where: { shipmentId: id }, order: { id: 'ASC' } });
      const linesChanged =
        [...current.map(lineKey)].sort().join() !==
        input.lines
          .map((line) => lineKey(isItemLine(line) ? line : { bannerId: line.bannerId }))
          .sort()
          .join();
      if (linesChanged && shipment.status === 'packed') {
        throw conflict(ShipmentErrorCodes.LINES_LOCKED, 'The parcel is packed: cancel it and request a new one to change what is in it', {
          lines: 'are packed',
        });
      }
      const booth = await manager.findOneByOrFail(BoothProposalEntity, { id: shipment.boothProposalId });
      const patch: Partial<ShipmentEntity> = {
        shipTo: checkShipTo(input.shipTo, shipment.direction === 'outbound' ? booth.shippingAddress : null),
        ...checkTracking(input.carrier, input.trackingNumber, false),
        ...checkCost(input.cost, input.currency, booth.approvedCurrency ?? booth.currency),
        service: input.service ?? null,
        note: input.note ?? null,
      };
      const changes = changedFields(shipment, patch);
      await saveVersioned(manager, ShipmentEntity, shipment, patch);
      if (linesChanged) {
        await this.lines.replace(
          manager,
          shipment,
          input.lines.map((line) =>
            isItemLine(line) ? { itemId: line.itemId, quantity: line.quantity } : { bannerId: line.bannerId, condition: line.condition },
          ),
        );
        changes.lines = {
          from: current.map(lineKey),
          to: input.lines.map((line) => lineKey(isItemLine(line) ? line : { bannerId: line.bannerId })),
        };
      }
      await this.audit.record(manager, actor, { entity: 'shipment', entityId: id, action: 'update', changes });
      return presentShipment((await loadShipment(manager, id))!);
    });
  }

  // Only a requested parcel is deleted; anything further along is cancelled instead, keeping its trail.
  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      const shipment = await lockForUpdate(manager, ShipmentEntity, id, 'Shipment');
      if (!DeletableShipmentStatuses.includes(shipment.status)) {
        throw conflict(ShipmentErrorCodes.NOT_EDITABLE, `A ${shipment.status} shipment cannot be deleted; cancel it instead`, {
          status: `is ${shipment.status}`,
        });
      }
      const shown = presentShipment((await loadShipment(manager, id))!);
      await this.lines.releaseBanners(manager, id);
      await manager.delete(ShipmentEntity, { id });
      await this.audit.record(manager, actor, { entity: 'shipment', entityId: id, action: 'delete', fromState: shipment.status });
      return shown;
    });
  }
}
