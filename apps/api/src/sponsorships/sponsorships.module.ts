import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoothProposalsModule } from '../booth-proposals/booth-proposals.module.js';
import { EventsModule } from '../events/events.module.js';
import { SponsorsModule } from '../sponsors/sponsors.module.js';
import { SponsorshipPackagesModule } from '../sponsorship-packages/sponsorship-packages.module.js';
import { SponsorshipPackagesService } from '../sponsorship-packages/sponsorship-packages.service.js';
import { StripeModule } from '../stripe/stripe.module.js';
import { SponsorShowcaseService } from './sponsor-showcase.service.js';
import { SponsorshipMoneyService } from './sponsorship-money.js';
import { SponsorshipPaymentsService } from './sponsorship-payments.service.js';
import { SponsorshipPurchasesService } from './sponsorship-purchases.service.js';
import { SponsorshipReconciliationService } from './sponsorship-reconciliation.service.js';
import { countSales } from './sponsorships.repository.js';
import { SponsorshipWebhooks } from './sponsorship-webhooks.js';
import { sponsorshipEntities } from './sponsorship.entity.js';
import { BoothSponsorsController, PublicEventSponsorsController, SponsorshipsController } from './sponsorships.controller.js';
import { SponsorshipsService } from './sponsorships.service.js';
import { StripeCheckout } from './stripe-checkout.js';

// Owns sponsorship. Registers its Stripe event handlers with the event store and its sales counter
// with the packages feature; reaches sponsors, packages, booths, events and the ledger only through
// the services those features export.
@Module({
  imports: [
    TypeOrmModule.forFeature(sponsorshipEntities),
    StripeModule,
    SponsorsModule,
    SponsorshipPackagesModule,
    BoothProposalsModule,
    EventsModule,
  ],
  controllers: [SponsorshipsController, BoothSponsorsController, PublicEventSponsorsController],
  providers: [
    SponsorshipsService,
    SponsorshipPurchasesService,
    SponsorshipPaymentsService,
    SponsorshipMoneyService,
    SponsorshipWebhooks,
    SponsorshipReconciliationService,
    SponsorShowcaseService,
    StripeCheckout,
  ],
  exports: [SponsorshipReconciliationService, SponsorShowcaseService],
})
export class SponsorshipsModule implements OnModuleInit {
  constructor(private readonly packages: SponsorshipPackagesService) {}

  onModuleInit() {
    this.packages.countSalesWith(countSales);
  }
}
