import { Module } from '@nestjs/common';
import { ShipmentWarningsController } from './shipment-warnings.controller.js';
import { ShipmentWarningsRepository } from './shipment-warnings.repository.js';
import { ShipmentWarningsService } from './shipment-warnings.service.js';

// AppModule imports this module before ShipmentsModule, so that `shipments/warnings` is mounted
// ahead of `shipments/:id`.
@Module({
  controllers: [ShipmentWarningsController],
  providers: [ShipmentWarningsService, ShipmentWarningsRepository],
  exports: [ShipmentWarningsService],
})
export class ShipmentWarningsModule {}
