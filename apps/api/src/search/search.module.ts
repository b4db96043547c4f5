import { Module } from '@nestjs/common';
import { BannersModule } from '../banners/banners.module.js';
import { BoothProposalsModule } from '../booth-proposals/booth-proposals.module.js';
import { ContestEntriesModule } from '../contest-entries/contest-entries.module.js';
import { ContestsModule } from '../contests/contests.module.js';
import { EventsModule } from '../events/events.module.js';
import { ShipmentsModule } from '../shipments/shipments.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { UsersModule } from '../users/users.module.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';

@Module({
  imports: [
    EventsModule,
    BoothProposalsModule,
    ShipmentsModule,
    BannersModule,
    SubmissionsModule,
    ContestsModule.withEntryFacts(ContestEntriesModule),
    UsersModule,
  ],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
