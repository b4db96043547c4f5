import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { AssignmentMail } from './assignment-mail.js';
import { AssignmentMatrixService } from './assignment-matrix.service.js';
import { CfpAssignmentController, ReviewAssignmentsController } from './review-assignments.controller.js';
import { ReviewAssignmentsRepository } from './review-assignments.repository.js';
import { ReviewAssignmentsService } from './review-assignments.service.js';

@Module({
  imports: [SubmissionsModule],
  controllers: [ReviewAssignmentsController, CfpAssignmentController],
  providers: [ReviewAssignmentsService, ReviewAssignmentsRepository, AssignmentMatrixService, AssignmentMail],
  exports: [ReviewAssignmentsService],
})
export class ReviewAssignmentsModule {}
