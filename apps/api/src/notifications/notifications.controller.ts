import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';
import { IdPipe } from '../common/id.pipe.js';
import { InAppNotificationsService } from './in-app-notifications.service.js';

// The bell in the admin's app bar: my notifications only.
@ApiTags('notifications')
@ApiBearerAuth()
@ApiRefusals()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: InAppNotificationsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.notifications.list(actor, query);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiResult()
  @Post('read-all')
  readAll(@CurrentUser() actor: AuthUser) {
    return this.notifications.markAllRead(actor);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiResult()
  @Post(':id/read')
  read(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.notifications.markRead(actor, id);
  }
}
