import { Module } from '@nestjs/common';
import { CfpsModule } from '../cfps/cfps.module.js';
import { ConflictsModule } from '../conflicts/conflicts.module.js';
import { BiddingController, BidsController, TopicInterestsController } from './bids.controller.js';
import { BidsRepository } from './bids.repository.js';
import { BidsService } from './bids.service.js';

// Issue 14's bidding: reviewers' bids and topic interests, and the chair's switch that opens bidding.
@Module({
  imports: [CfpsModule, ConflictsModule],
  controllers: [BidsController, TopicInterestsController, BiddingController],
  providers: [BidsService, BidsRepository],
})
export class BidsModule {}
