import { Module } from '@nestjs/common';
import { ShipmentWarningsController } from './shipment-warnings.controller.js';
import { ShipmentWarningsService } from './shipment-warnings.service.js';

// AppModule imports this module before ShipmentsModule, so that `shipments/warnings` is mounted
// ahead of `shipments/:id`.
@Module({ controllers: [ShipmentWarningsController], providers: [ShipmentWarningsService], exports: [ShipmentWarningsService] })
export class ShipmentWarningsModule {}
