import { Module } from '@nestjs/common';
import { ShipmentWarningsService } from './shipment-warnings.service.js';

// The controller is mounted by ShipmentsModule, ahead of `shipments/:id`.
@Module({ providers: [ShipmentWarningsService], exports: [ShipmentWarningsService] })
export class ShipmentWarningsModule {}
