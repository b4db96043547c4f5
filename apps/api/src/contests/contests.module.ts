import { Module } from '@nestjs/common';
import { ContestEntriesModule } from '../contest-entries/contest-entries.module.js';
import { ContestsController } from './contests.controller.js';
import { ContestsService } from './contests.service.js';
import { PublicContestsController } from './public-contests.controller.js';

@Module({
  imports: [ContestEntriesModule],
  controllers: [PublicContestsController, ContestsController],
  providers: [ContestsService],
  exports: [ContestsService],
})
export class ContestsModule {}
