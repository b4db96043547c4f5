import { Injectable } from '@nestjs/common';
import { StockMovementKinds, type Restock, type StockMovement, type WriteOff } from '@summitdesk/contracts';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { InventoryItemsService } from '../inventory-items/inventory-items.service.js';
import { StockMovementEntity } from './stock-movement.entity.js';
import { StockService } from './stock.service.js';
import { Transactions } from '../common/transactions.js';

const stockMovementListSpec: ListSpec = {
  resource: 'stock-movements',
  sortable: { id: 'movement.id', createdAt: 'movement.created_at' },
  filterable: {
    id: { column: 'movement.id', type: 'int' },
    itemId: { column: 'movement.item_id', type: 'int' },
    shipmentId: { column: 'movement.shipment_id', type: 'int' },
    kind: { column: 'movement.kind', type: 'text', values: StockMovementKinds },
    createdAt: { column: 'movement.created_at', type: 'instant', range: true },
  },
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'movement.id',
};

const presentStockMovement = (movement: StockMovementEntity): StockMovement => ({
  id: Number(movement.id),
  itemId: movement.itemId,
  kind: movement.kind,
  quantity: movement.quantity,
  onHandDelta: movement.onHandDelta,
  reservedDelta: movement.reservedDelta,
  shipmentId: movement.shipmentId,
  actorId: movement.actorId,
  actorName: movement.actorName,
  note: movement.note,
  createdAt: movement.createdAt.toISOString(),
});

// Restocks and write-offs by hand; the movements of parcels come from the shipments feature.
@Injectable()
export class StockMovementsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly stock: StockService,
    private readonly items: InventoryItemsService,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(
      this.transactions.reader.getRepository(StockMovementEntity).createQueryBuilder('movement'),
      query,
      stockMovementListSpec,
      presentStockMovement,
    );
  }

  async restock(actor: AuthUser, itemId: number, input: Restock) {
    await this.transactions.run((manager) => this.stock.restock(manager, actor, itemId, input.quantity, input.note ?? null));
    return this.items.findOne(itemId);
  }

  async writeOff(actor: AuthUser, itemId: number, input: WriteOff) {
    await this.transactions.run((manager) => this.stock.writeOff(manager, actor, itemId, input.quantity, input.note));
    return this.items.findOne(itemId);
  }
}
