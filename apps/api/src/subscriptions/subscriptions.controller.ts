import { Body, Controller, Get, HttpCode, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { LinkTokenSchema, SubscribeSchema, UpdateMySubscriptionSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, Roles, SignedIn } from '../common/auth.decorators.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

class UpdateMySubscriptionDto extends createZodDto(UpdateMySubscriptionSchema) {}
class SubscribeDto extends createZodDto(SubscribeSchema) {}
class LinkTokenDto extends createZodDto(LinkTokenSchema) {}
// RFC 8058's form post carries `List-Unsubscribe=One-Click` and the token in the address; the admin's
// page sends the token as JSON.
const OneClickBody = z
  .object({ token: z.string().min(1).max(1_000).optional(), 'List-Unsubscribe': z.literal('One-Click').optional() })
  .strict();
class OneClickBodyDto extends createZodDto(OneClickBody) {}
const OneClickQuery = z.object({ token: z.string().min(1).max(1_000).optional() }).strict();
class OneClickQueryDto extends createZodDto(OneClickQuery) {}

@ApiTags('subscriptions')
@ApiBearerAuth()
@ApiRefusals()
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @SignedIn()
  @ApiRecord()
  @Get('me')
  me(@CurrentUser() actor: AuthUser) {
    return this.subscriptions.me(actor);
  }

  @SignedIn()
  @ApiRecord()
  @Put('me')
  updateMe(@CurrentUser() actor: AuthUser, @Body() body: UpdateMySubscriptionDto) {
    return this.subscriptions.updateMe(actor, body);
  }
}

// Organizers see who reads the news (pending, confirmed, unsubscribed), with topics and language.
@ApiTags('subscriptions')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller('subscribers')
export class SubscribersController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.subscriptions.list(query);
  }
}

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public')
export class PublicSubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  // Rate-limited per client address (AUTH_RATE_LIMIT per AUTH_RATE_WINDOW_SECONDS, in PostgreSQL).
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @ApiResult()
  @Post('subscribe')
  subscribe(@Body() body: SubscribeDto) {
    return this.subscriptions.subscribe(body);
  }

  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiResult()
  @Post('subscribe/confirm')
  confirm(@Body() body: LinkTokenDto) {
    return this.subscriptions.confirm(body.token);
  }

  @HttpCode(200)
  @ApiResult()
  @Post('unsubscribe')
  unsubscribe(@Query() query: OneClickQueryDto, @Body() body: OneClickBodyDto) {
    return this.subscriptions.unsubscribe(body.token ?? query.token ?? '');
  }
}
