import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { ContestsController } from './contests.controller.js';
import { ContestsService } from './contests.service.js';
import { PublicContestsController } from './public-contests.controller.js';
import { PublicContestsService } from './public-contests.service.js';

@Module({
  controllers: [PublicContestsController, ContestsController],
  providers: [ContestsService, PublicContestsService],
  exports: [ContestsService],
})
export class ContestsModule {
  // Contest entries depend on contests, so this feature never imports them: the app passes in the
  // module that provides CONTEST_ENTRY_FACTS (ContestEntriesModule).
  static withEntryFacts(entries: Type | DynamicModule): DynamicModule {
    return { module: ContestsModule, imports: [entries] };
  }
}
