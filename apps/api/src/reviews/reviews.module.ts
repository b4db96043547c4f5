import { Module } from '@nestjs/common';
import { ReviewAssignmentsModule } from '../review-assignments/review-assignments.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { RankingService } from './ranking.service.js';
import { AuthorResponseController, ReviewFormController } from './review-forms.controller.js';
import { ReviewFormsService } from './review-forms.service.js';
import { CfpScoresController, ReviewsController } from './reviews.controller.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsService } from './reviews.service.js';

@Module({
  imports: [SubmissionsModule, ReviewAssignmentsModule],
  controllers: [ReviewsController, CfpScoresController, ReviewFormController, AuthorResponseController],
  providers: [ReviewsService, ReviewsRepository, RankingService, ReviewFormsService],
})
export class ReviewsModule {}
