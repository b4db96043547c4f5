import { Module } from '@nestjs/common';
import { CommitteesModule } from '../committees/committees.module.js';
import { EventsModule } from '../events/events.module.js';
import { CfpsController } from './cfps.controller.js';
import { CfpsRepository } from './cfps.repository.js';
import { CfpsService } from './cfps.service.js';
import { PublicCfpController } from './public-cfp.controller.js';

@Module({
  imports: [EventsModule, CommitteesModule],
  controllers: [PublicCfpController, CfpsController],
  providers: [CfpsService, CfpsRepository],
  exports: [CfpsService],
})
export class CfpsModule {}
