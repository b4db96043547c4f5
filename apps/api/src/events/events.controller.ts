import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateEventSchema, EventActionSchema, UpdateEventSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { EventsService } from './events.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreateEventDto extends createZodDto(CreateEventSchema) {}
class UpdateEventDto extends createZodDto(UpdateEventSchema) {}
class EventActionDto extends createZodDto(EventActionSchema) {}

@ApiTags('events')
@ApiBearerAuth()
@ApiRefusals()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.events.list(query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.events.findOne(id);
  }

  @Roles('organizer')
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateEventDto) {
    return this.events.create(actor, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateEventDto) {
    return this.events.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.events.remove(actor, id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/confirm')
  confirm(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: EventActionDto) {
    return this.events.act(actor, id, 'confirm', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/mark-held')
  markHeld(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: EventActionDto) {
    return this.events.act(actor, id, 'mark_held', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/cancel')
  cancel(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: EventActionDto) {
    return this.events.act(actor, id, 'cancel', body);
  }
}
