import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/auth.decorators.js';
import { StripeEventsService } from './stripe-events.service.js';
import { ApiRefusals } from '../common/api-responses.js';

// Stripe's signed deliveries. The raw body comes from stripeWebhookBody (app.factory.ts); a 2xx tells
// Stripe the event is handled, anything else makes it deliver the event again later.
@Public()
@ApiRefusals()
@Controller('stripe')
export class StripeWebhookController {
  constructor(private readonly events: StripeEventsService) {}

  @ApiExcludeEndpoint()
  @HttpCode(200)
  @Post('webhook')
  receive(@Req() request: Request & { rawBody?: Buffer }, @Headers('stripe-signature') signature: string | undefined) {
    return this.events.receive(this.events.verify(request.rawBody, signature));
  }
}
