import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles } from '../common/auth.decorators.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';
import { IdPipe } from '../common/id.pipe.js';
import { OutgoingMailsService } from './outgoing-mails.service.js';

// Organizers see every outgoing mail (queued, sent, failed, skipped) and send a failed one again.
@ApiTags('notifications')
@ApiBearerAuth()
@ApiRefusals()
@Controller('outgoing-mails')
export class OutgoingMailsController {
  constructor(private readonly mails: OutgoingMailsService) {}

  @Roles('organizer')
  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.mails.list(query);
  }

  @Roles('organizer')
  @ApiRecord()
  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.mails.get(id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/retry')
  retry(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.mails.retry(actor, id);
  }
}
