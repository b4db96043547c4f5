import { Module } from '@nestjs/common';
import { InventoryItemsModule } from '../inventory-items/inventory-items.module.js';
import { StockMovementsController } from './stock-movements.controller.js';
import { StockMovementsService } from './stock-movements.service.js';
import { StockService } from './stock.service.js';

@Module({
  imports: [InventoryItemsModule],
  controllers: [StockMovementsController],
  providers: [StockService, StockMovementsService],
  exports: [StockService],
})
export class StockMovementsModule {}
