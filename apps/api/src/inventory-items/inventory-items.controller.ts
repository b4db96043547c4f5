import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateInventoryItemSchema, UpdateInventoryItemSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { InventoryItemsService } from './inventory-items.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreateInventoryItemDto extends createZodDto(CreateInventoryItemSchema) {}
class UpdateInventoryItemDto extends createZodDto(UpdateInventoryItemSchema) {}

// Every signed-in member reads the catalogue (they pick materials from it); organizers keep it.
@ApiTags('inventory-items')
@ApiBearerAuth()
@ApiRefusals()
@Controller('inventory-items')
export class InventoryItemsController {
  constructor(private readonly items: InventoryItemsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.items.list(query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.items.findOne(id);
  }

  @Roles('organizer')
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateInventoryItemDto) {
    return this.items.create(actor, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateInventoryItemDto) {
    return this.items.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.items.remove(actor, id);
  }
}
