import { Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Public } from '../common/auth.decorators.js';
import { notFound } from '../common/app-error.js';
import { findPage } from '../common/list-query.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { eventListSpec } from './event-list.spec-config.js';
import { EventEntity } from './event.entity.js';
import { eventsCalendar } from './events-calendar.js';
import { presentEvent } from './event.presenter.js';

const publicEvent = (event: EventEntity) => {
  const { version: _version, createdAt: _createdAt, ...shown } = presentEvent(event);
  return shown;
};

@ApiTags('public')
@Public()
@Controller('public')
export class PublicEventsController {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('events')
  list(@Query() query: Record<string, unknown>) {
    return findPage(this.events.createQueryBuilder('event'), query, eventListSpec, publicEvent);
  }

  @Get('events.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="summitdesk-events.ics"')
  async calendar() {
    // A year back and everything ahead keeps the feed small without dropping recent history.
    const since = new Date();
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    const events = await this.events
      .createQueryBuilder('event')
      .where('event.end_date >= :since', { since: since.toISOString().slice(0, 10) })
      .orderBy('event.start_date')
      .limit(1000)
      .getMany();
    return eventsCalendar(events, this.config.publicUrl);
  }

  @Get('events/:slug')
  async findOne(@Param('slug') slug: string) {
    const event = await this.events.findOneBy({ slug });
    if (!event) throw notFound('Event');
    return publicEvent(event);
  }
}
