import { Module } from '@nestjs/common';
import { InventoryItemsController } from './inventory-items.controller.js';
import { InventoryItemsService } from './inventory-items.service.js';

@Module({ controllers: [InventoryItemsController], providers: [InventoryItemsService], exports: [InventoryItemsService] })
export class InventoryItemsModule {}
