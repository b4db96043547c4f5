import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CreateShipmentSchema,
  DeliverShipmentSchema,
  ShipmentActionSchema,
  ShipShipmentSchema,
  UpdateShipmentSchema,
} from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { renderPackingSlip } from './packing-slip.js';
import { presentShipment } from './shipment.presenter.js';
import { ShipmentWorkflowService } from './shipment-workflow.service.js';
import { ShipmentsService } from './shipments.service.js';
import { ApiFile, ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreateShipmentDto extends createZodDto(CreateShipmentSchema) {}
class UpdateShipmentDto extends createZodDto(UpdateShipmentSchema) {}
class ShipmentActionDto extends createZodDto(ShipmentActionSchema) {}
class ShipShipmentDto extends createZodDto(ShipShipmentSchema) {}
class DeliverShipmentDto extends createZodDto(DeliverShipmentSchema) {}

// Organizers run the parcels; a booth's proposer may follow theirs (list, record, packing slip).
@ApiTags('shipments')
@ApiBearerAuth()
@ApiRefusals()
@Controller('shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly workflow: ShipmentWorkflowService,
  ) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() viewer: AuthUser, @Query() query: Record<string, unknown>) {
    return this.shipments.list(viewer, query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() viewer: AuthUser, @Param('id', IdPipe) id: number) {
    return this.shipments.findOne(viewer, id);
  }

  @SignedIn()
  @ApiFile('text/html')
  @Get(':id/packing-slip')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'")
  @ApiProduces('text/html')
  async packingSlip(@CurrentUser() viewer: AuthUser, @Param('id', IdPipe) id: number) {
    const shipment = await this.shipments.load(viewer, id);
    return renderPackingSlip(presentShipment(shipment), {
      name: shipment.booth?.proposer?.name ?? '',
      email: shipment.booth?.proposer?.email ?? '',
    });
  }

  @Roles('organizer')
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateShipmentDto) {
    return this.shipments.create(actor, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateShipmentDto) {
    return this.shipments.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.shipments.remove(actor, id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/pack')
  pack(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ShipmentActionDto) {
    return this.workflow.pack(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/ship')
  ship(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ShipShipmentDto) {
    return this.workflow.ship(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/deliver')
  deliver(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: DeliverShipmentDto) {
    return this.workflow.deliver(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/lose')
  lose(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ShipmentActionDto) {
    return this.workflow.lose(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/cancel')
  cancel(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ShipmentActionDto) {
    return this.workflow.cancel(actor, id, body);
  }
}
