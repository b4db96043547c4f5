import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRecord, ApiRefusals } from '../common/api-responses.js';
import { Public } from '../common/auth.decorators.js';
import { EventPagesService } from './event-pages.service.js';

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/events')
export class EventPagesController {
  constructor(private readonly pages: EventPagesService) {}

  @ApiRecord()
  @Get(':slug/page')
  page(@Param('slug') slug: string) {
    return this.pages.page(slug);
  }
}
