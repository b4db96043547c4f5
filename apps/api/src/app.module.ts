import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuditLogModule } from './audit-log/audit-log.module.js';
import { AuthModule } from './auth/auth.module.js';
import { RolesGuard } from './common/auth.guards.js';
import { JwtAuthGuard } from './auth/jwt-auth.guard.js';
import { ErrorFilter } from './common/error.filter.js';
import { IdParamsGuard } from './common/id.pipe.js';
import { TransitionRunner } from './common/transition-runner.js';
import { Transactions } from './common/transactions.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { dataSourceOptions, type DatabaseTarget } from './database/data-source.js';
import { EventsModule } from './events/events.module.js';
import { HealthController } from './health/health.controller.js';
import { HealthRepository } from './health/health.repository.js';
import { UsersModule } from './users/users.module.js';
import { BudgetsModule } from './budgets/budgets.module.js';
import { DATABASE_TARGET } from './database/database-target.token.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { QueueModule } from './queue/queue.module.js';
import { UploadsModule } from './uploads/uploads.module.js';
import { InventoryItemsModule } from './inventory-items/inventory-items.module.js';
import { BoothProposalsModule } from './booth-proposals/booth-proposals.module.js';
import { BoothShiftsModule } from './booth-shifts/booth-shifts.module.js';
import { StorageModule } from './storage/storage.module.js';
import { ContestEntriesModule } from './contest-entries/contest-entries.module.js';
import { ContestsModule } from './contests/contests.module.js';
import { VotesModule } from './votes/votes.module.js';
import { CallForPapersModule } from './call-for-papers.module.js';
import { StockMovementsModule } from './stock-movements/stock-movements.module.js';
import { BannersClosingCheck } from './banners/banners-closing-check.js';
import { BannersModule } from './banners/banners.module.js';
import { BoothClosingCheck } from './booth-proposals/booth-closing-check.js';
import { BoothOutboundProgress } from './booth-proposals/booth-outbound-progress.js';
import { ShipmentsModule } from './shipments/shipments.module.js';
import { ReviewsSpeakerFeedback } from './reviews/reviews-speaker-feedback.js';
import { ReviewAssignmentsSeatLeaving } from './review-assignments/review-assignments-seat-leaving.js';
import { SeatLeaving } from './committees/seat-leaving.js';
import { SpeakerFeedback } from './submissions/speaker-feedback.js';
import { ShipmentsOutboundProgress } from './shipments/outbound-progress.js';
import { ShipmentWarningsModule } from './shipment-warnings/shipment-warnings.module.js';
import { SponsorsModule } from './sponsors/sponsors.module.js';
import { SponsorshipPackagesModule } from './sponsorship-packages/sponsorship-packages.module.js';
import { SponsorshipsModule } from './sponsorships/sponsorships.module.js';
import { StripeModule } from './stripe/stripe.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { PresentationsModule } from './presentations/presentations.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';
import { DigestsModule } from './digests/digests.module.js';
import { EventPagesModule } from './event-pages/event-pages.module.js';
import { SearchModule } from './search/search.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(database)),
        AuditLogModule,
        QueueModule,
        NotificationsModule,
        AuthModule,
        UsersModule,
        EventsModule,
        BudgetsModule,
        UploadsModule,
        InventoryItemsModule,
        BoothProposalsModule,
        BoothShiftsModule,
        StorageModule,
        ContestsModule.withEntryFacts(ContestEntriesModule),
        VotesModule,
        CallForPapersModule,
        StockMovementsModule,
        BannersModule,
        // Before ShipmentsModule: its `shipments/warnings` route must win over `shipments/:id`.
        ShipmentWarningsModule,
        ShipmentsModule,
        StripeModule,
        SponsorsModule,
        SponsorshipPackagesModule,
        SponsorshipsModule,
        MetricsModule,
        PresentationsModule,
        StatisticsModule,
        DigestsModule,
        EventPagesModule,
        SearchModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_TARGET, useValue: database },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_GUARD, useClass: IdParamsGuard },
        TransitionRunner,
        Transactions,
        HealthRepository,
        // What booth proposals ask of the features that depend on them (banners, shipments): wired
        // here so that the booth-proposals feature never imports those features.
        { provide: BoothClosingCheck, useClass: BannersClosingCheck },
        { provide: BoothOutboundProgress, useClass: ShipmentsOutboundProgress },
        // Likewise what submissions ask of reviews (the feedback speakers see).
        { provide: SpeakerFeedback, useClass: ReviewsSpeakerFeedback },
        // And what committees ask of review assignment (a member leaving gives back unreviewed work).
        { provide: SeatLeaving, useClass: ReviewAssignmentsSeatLeaving },
      ],
      exports: [
        APP_CONFIG,
        DATABASE_TARGET,
        TransitionRunner,
        Transactions,
        BoothClosingCheck,
        BoothOutboundProgress,
        SpeakerFeedback,
        SeatLeaving,
      ],
    };
  }
}
