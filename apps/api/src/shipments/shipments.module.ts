import { Module } from '@nestjs/common';
import { BannersModule } from '../banners/banners.module.js';
import { BoothProposalsModule } from '../booth-proposals/booth-proposals.module.js';
import { StockMovementsModule } from '../stock-movements/stock-movements.module.js';
import { ShipmentLinesService } from './shipment-lines.service.js';
import { ShipmentWorkflowService } from './shipment-workflow.service.js';
import { ShipmentsController } from './shipments.controller.js';
import { ShipmentsService } from './shipments.service.js';

@Module({
  imports: [BannersModule, BoothProposalsModule, StockMovementsModule],
  // The warnings controller first: its fixed paths must win over `shipments/:id`.
  controllers: [ShipmentsController],
  providers: [ShipmentsService, ShipmentLinesService, ShipmentWorkflowService],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
