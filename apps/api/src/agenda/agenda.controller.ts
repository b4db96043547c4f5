import { Body, Controller, Delete, Get, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateAgendaSlotSchema, SaveAgendaLayoutSchema, UpdateAgendaSlotSchema } from '@summitdesk/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AgendaService } from './agenda.service.js';
import { agendaCalendar } from './public-agenda.js';
import { frabScheduleJson, frabScheduleXml, talkCalendar } from './schedule-formats.js';

class CreateSlotDto extends createZodDto(CreateAgendaSlotSchema) {}
class UpdateSlotDto extends createZodDto(UpdateAgendaSlotSchema) {}
class SaveLayoutDto extends createZodDto(SaveAgendaLayoutSchema) {}

@ApiTags('agenda-slots')
@ApiBearerAuth()
@Controller('agenda-slots')
export class AgendaSlotsController {
  constructor(private readonly agenda: AgendaService) {}

  @SignedIn()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.agenda.list(query);
  }

  // The builder's rooms and time rows of one summit (chairs and organizers; the service checks).
  @SignedIn()
  @Get('layout/:eventId')
  layout(@CurrentUser() actor: AuthUser, @Param('eventId', IdPipe) eventId: number) {
    return this.agenda.getLayout(actor, eventId);
  }

  @SignedIn()
  @Put('layout/:eventId')
  saveLayout(@CurrentUser() actor: AuthUser, @Param('eventId', IdPipe) eventId: number, @Body() body: SaveLayoutDto) {
    return this.agenda.saveLayout(actor, eventId, body);
  }

  @SignedIn()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.agenda.findOne(id);
  }

  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSlotDto) {
    return this.agenda.create(actor, body);
  }

  @SignedIn()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateSlotDto) {
    return this.agenda.update(actor, id, body);
  }

  @SignedIn()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.agenda.remove(actor, id);
  }
}

@ApiTags('public')
@Public()
@Controller('public/events')
export class PublicAgendaController {
  constructor(
    private readonly service: AgendaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // The calendar type is set only on success, so that a 404 still answers as JSON.
  @Get(':slug/agenda.ics')
  async calendar(@Param('slug') slug: string, @Res({ passthrough: true }) response: Response) {
    const { event, items } = await this.service.findPublic(slug);
    const feed = agendaCalendar(event, items, this.config.publicUrl);
    response.type('text/calendar; charset=utf-8');
    return feed;
  }

  // The agenda for conference apps: frab schedule XML and the c3voc schedule.json.
  @Get(':slug/schedule.xml')
  async scheduleXml(@Param('slug') slug: string, @Res({ passthrough: true }) response: Response) {
    const { event, items } = await this.service.findPublic(slug);
    const xml = frabScheduleXml(event, items, this.config.publicUrl);
    response.type('application/xml; charset=utf-8');
    return xml;
  }

  @Get(':slug/schedule.json')
  async scheduleJson(@Param('slug') slug: string) {
    const { event, items } = await this.service.findPublic(slug);
    return frabScheduleJson(event, items, this.config.publicUrl);
  }

  // One talk (or fixed item) as a calendar file: "add to my calendar" beside each agenda row.
  @Get(':slug/agenda/:slotId.ics')
  async talkCalendar(@Param('slug') slug: string, @Param('slotId', IdPipe) slotId: number, @Res({ passthrough: true }) response: Response) {
    const { event, items } = await this.service.findPublic(slug);
    const item = items.find((candidate) => candidate.id === slotId);
    if (!item) throw notFound('Agenda slot');
    const feed = talkCalendar(event, item, this.config.publicUrl);
    response.type('text/calendar; charset=utf-8');
    return feed;
  }

  @Get(':slug/agenda')
  async agenda(@Param('slug') slug: string) {
    const { event, items } = await this.service.findPublic(slug);
    return {
      event: {
        slug: event.slug,
        name: event.name,
        timeZone: event.timeZone,
        startDate: event.startDate,
        endDate: event.endDate,
        venue: event.venue,
        city: event.city,
      },
      items,
    };
  }
}
