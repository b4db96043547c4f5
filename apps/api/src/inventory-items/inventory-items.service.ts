import { Injectable } from '@nestjs/common';
import {
  availableStock,
  belowReorderLevel,
  CommonErrorCodes,
  type CreateInventoryItem,
  type InventoryItem,
  type UpdateInventoryItem,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { InventoryItemEntity } from './inventory-item.entity.js';
import { Transactions } from '../common/transactions.js';
import { isItemInUse } from './inventory-items.repository.js';

const inventoryItemListSpec: ListSpec = {
  resource: 'inventory-items',
  sortable: { sku: 'item.sku', name: 'item.name', id: 'item.id', onHand: 'item.on_hand', reserved: 'item.reserved' },
  filterable: {
    id: { column: 'item.id', type: 'int' },
    sku: { column: 'item.sku', type: 'text' },
    // The reorder alert: free stock under the reorder level.
    belowReorderLevel: { column: '(item.on_hand - item.reserved < item.reorder_level)', type: 'bool' },
  },
  // Same expression as the ix_inventory_item_search trigram index.
  search: `(item.sku || ' ' || item.name)`,
  defaultSort: ['name', 'ASC'],
  idColumn: 'item.id',
};

const presentInventoryItem = (item: InventoryItemEntity): InventoryItem => ({
  id: item.id,
  sku: item.sku,
  name: item.name,
  unit: item.unit,
  onHand: item.onHand,
  reserved: item.reserved,
  available: availableStock(item),
  reorderLevel: item.reorderLevel,
  belowReorderLevel: belowReorderLevel(item),
  version: item.version,
  createdAt: item.createdAt.toISOString(),
  updatedAt: item.updatedAt.toISOString(),
});

@Injectable()
export class InventoryItemsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(
      this.transactions.reader.getRepository(InventoryItemEntity).createQueryBuilder('item'),
      query,
      inventoryItemListSpec,
      presentInventoryItem,
    );
  }

  async findOne(id: number) {
    const item = await this.transactions.reader.getRepository(InventoryItemEntity).findOneBy({ id });
    if (!item) throw notFound('Inventory item');
    return presentInventoryItem(item);
  }

  create(actor: AuthUser, input: CreateInventoryItem) {
    return this.transactions.run(async (manager) => {
      await this.refuseTakenSku(manager, input.sku);
      const item = await manager.save(InventoryItemEntity, manager.create(InventoryItemEntity, input));
      await this.audit.record(manager, actor, {
        entity: 'inventory_item',
        entityId: item.id,
        action: 'create',
        changes: changedFields({}, input),
      });
      return presentInventoryItem(item);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateInventoryItem) {
    return this.transactions.run(async (manager) => {
      const item = await lockForUpdate(manager, InventoryItemEntity, id, 'Inventory item', input.version);
      if (input.sku !== item.sku) await this.refuseTakenSku(manager, input.sku);
      const patch = { sku: input.sku, name: input.name, unit: input.unit, reorderLevel: input.reorderLevel };
      const changes = changedFields(item, patch);
      const saved = await saveVersioned(manager, InventoryItemEntity, item, patch);
      await this.audit.record(manager, actor, { entity: 'inventory_item', entityId: id, action: 'update', changes });
      return presentInventoryItem(saved);
    });
  }

  // Items that a booth proposal asked for stay: the foreign key refuses, answered as 409.
  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      const item = await lockForUpdate(manager, InventoryItemEntity, id, 'Inventory item');
      if (await isItemInUse(manager, id))
        throw conflict(CommonErrorCodes.DUPLICATE, `${item.name} is on booth proposals, shipments or stock records and cannot be deleted`, {
          id: 'is in use',
        });
      const shown = presentInventoryItem(item);
      await manager.delete(InventoryItemEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'inventory_item',
        entityId: id,
        action: 'delete',
        note: `${item.sku} ${item.name}`,
      });
      return shown;
    });
  }

  private async refuseTakenSku(manager: EntityManager, sku: string) {
    if (await manager.existsBy(InventoryItemEntity, { sku })) {
      throw conflict(CommonErrorCodes.DUPLICATE, `Another item already has the SKU ${sku}`, { sku: 'is taken' });
    }
  }
}
