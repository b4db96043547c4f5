import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { createStripeClient, STRIPE_CLIENT } from './stripe.client.js';
import { stripeEntities } from './stripe-event.entity.js';
import { StripeEventsService } from './stripe-events.service.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';

// The SDK client, the webhook endpoint and the event store. It knows nothing about sponsorships:
// features register their handlers with StripeEventsService.on().
@Module({
  imports: [TypeOrmModule.forFeature(stripeEntities)],
  controllers: [StripeWebhookController],
  providers: [
    StripeEventsService,
    { provide: STRIPE_CLIENT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createStripeClient(config) },
  ],
  exports: [StripeEventsService, STRIPE_CLIENT],
})
export class StripeModule {}
