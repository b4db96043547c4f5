import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiFile, ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';
import { Public } from '../common/auth.decorators.js';
import { PublicEventsService } from './public-events.service.js';

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public')
export class PublicEventsController {
  constructor(private readonly events: PublicEventsService) {}

  @ApiRecords()
  @Get('events')
  list(@Query() query: Record<string, unknown>) {
    return this.events.list(query);
  }

  @ApiFile('text/calendar')
  @Get('events.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="summitdesk-events.ics"')
  calendar() {
    return this.events.calendar();
  }

  @ApiRecord()
  @Get('events/:slug')
  findOne(@Param('slug') slug: string) {
    return this.events.findBySlug(slug);
  }
}
