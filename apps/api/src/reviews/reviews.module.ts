import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { RankingService } from './ranking.service.js';
import { CfpScoresController, ReviewsController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';

@Module({
  imports: [SubmissionsModule],
  controllers: [ReviewsController, CfpScoresController],
  providers: [ReviewsService, RankingService],
})
export class ReviewsModule {}
