import { Injectable } from '@nestjs/common';
import { availableStock, StockEffects, StockErrorCodes, ShipmentErrorCodes, type StockMovementKind } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { InventoryItemEntity } from '../inventory-items/inventory-item.entity.js';
import { StockMovementEntity } from './stock-movement.entity.js';

export type ItemQuantity = { itemId: number; quantity: number };

// Every change of stock goes through here: one stock_movement row (the trigger applies it to the
// item's counters, the checks keep them from going negative) and one audit row, in the caller's
// transaction. Items are locked in id order so that two parcels never deadlock on each other.
@Injectable()
export class StockService {
  constructor(private readonly audit: AuditService) {}

  async lockItems(manager: EntityManager, itemIds: number[]): Promise<Map<number, InventoryItemEntity>> {
    const ids = [...new Set(itemIds)].sort((a, b) => a - b);
    if (ids.length === 0) return new Map();
    const items = await manager
      .getRepository(InventoryItemEntity)
      .createQueryBuilder('item')
      .setLock('pessimistic_write')
      .where('item.id IN (:...ids)', { ids })
      .orderBy('item.id')
      .getMany();
    return new Map(items.map((item) => [item.id, item]));
  }

  // Reserves stock for a parcel being packed; refuses with what is short, line by line.
  async reserve(manager: EntityManager, actor: AuthUser, shipmentId: number, lines: ItemQuantity[]): Promise<void> {
    const items = await this.lockItems(
      manager,
      lines.map((line) => line.itemId),
    );
    const short: string[] = [];
    const errors: Record<string, string> = {};
    lines.forEach((line, index) => {
      const item = items.get(line.itemId);
      if (!item) throw notFound('Inventory item');
      const free = availableStock(item);
      if (free < line.quantity) {
        short.push(`${item.name} (${item.sku}): ${line.quantity} ${item.unit} needed, ${free} free`);
        errors[`lines.${index}.quantity`] = `only ${free} ${item.unit} of ${item.sku} are free`;
      }
    });
    if (short.length > 0) throw conflict(ShipmentErrorCodes.INSUFFICIENT_STOCK, `Not enough stock to pack: ${short.join('; ')}`, errors);
    for (const line of lines) await this.record(manager, actor, items.get(line.itemId)!, 'reserve', line.quantity, { shipmentId });
  }

  // The parcel is unpacked (cancelled): its reservation goes back to free stock.
  async release(manager: EntityManager, actor: AuthUser, shipmentId: number, lines: ItemQuantity[]): Promise<void> {
    await this.moveAll(manager, actor, shipmentId, lines, 'release');
  }

  // The parcel left: reserved stock leaves the warehouse.
  async ship(manager: EntityManager, actor: AuthUser, shipmentId: number, lines: ItemQuantity[]): Promise<void> {
    await this.moveAll(manager, actor, shipmentId, lines, 'ship');
  }

  // A return parcel arrived: what came back is on hand again.
  async returned(manager: EntityManager, actor: AuthUser, shipmentId: number, lines: ItemQuantity[]): Promise<void> {
    await this.moveAll(manager, actor, shipmentId, lines, 'return');
  }

  async restock(manager: EntityManager, actor: AuthUser, itemId: number, quantity: number, note: string | null): Promise<void> {
    const item = (await this.lockItems(manager, [itemId])).get(itemId);
    if (!item) throw notFound('Inventory item');
    await this.record(manager, actor, item, 'restock', quantity, { note });
  }

  // Damaged or missing stock; what is reserved for packed parcels cannot be written off.
  async writeOff(manager: EntityManager, actor: AuthUser, itemId: number, quantity: number, note: string): Promise<void> {
    const item = (await this.lockItems(manager, [itemId])).get(itemId);
    if (!item) throw notFound('Inventory item');
    const free = availableStock(item);
    if (free < quantity) {
      throw conflict(
        StockErrorCodes.INSUFFICIENT,
        `Only ${free} ${item.unit} of ${item.sku} are free to write off (${item.reserved} are reserved for packed parcels)`,
        { quantity: `must be at most ${free}` },
      );
    }
    await this.record(manager, actor, item, 'write_off', quantity, { note });
  }

  private async moveAll(manager: EntityManager, actor: AuthUser, shipmentId: number, lines: ItemQuantity[], kind: StockMovementKind) {
    const items = await this.lockItems(
      manager,
      lines.map((line) => line.itemId),
    );
    for (const line of lines) await this.record(manager, actor, items.get(line.itemId)!, kind, line.quantity, { shipmentId });
  }

  private async record(
    manager: EntityManager,
    actor: AuthUser,
    item: InventoryItemEntity,
    kind: StockMovementKind,
    quantity: number,
    context: { shipmentId?: number; note?: string | null },
  ) {
    const effect = StockEffects[kind];
    await manager.insert(StockMovementEntity, {
      itemId: item.id,
      kind,
      quantity,
      onHandDelta: effect.onHand * quantity,
      reservedDelta: effect.reserved * quantity,
      shipmentId: context.shipmentId ?? null,
      actorId: actor.id,
      actorName: actor.name,
      note: context.note ?? null,
    });
    const before = { onHand: item.onHand, reserved: item.reserved };
    item.onHand += effect.onHand * quantity;
    item.reserved += effect.reserved * quantity;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (effect.onHand) changes.onHand = { from: before.onHand, to: item.onHand };
    if (effect.reserved) changes.reserved = { from: before.reserved, to: item.reserved };
    const where = context.shipmentId ? ` (shipment #${context.shipmentId})` : '';
    await this.audit.record(manager, actor, {
      entity: 'inventory_item',
      entityId: item.id,
      action: kind,
      changes,
      note: `${quantity} ${item.unit} of ${item.sku}${where}${context.note ? `: ${context.note}` : ''}`,
    });
  }
}
