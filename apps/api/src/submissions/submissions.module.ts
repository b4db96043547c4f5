import { Module } from '@nestjs/common';
import { DecisionsService } from './decisions.service.js';
import { SubmissionReader } from './submission-reader.js';
import { CfpDecisionsController, SubmissionsController } from './submissions.controller.js';
import { SubmissionsService } from './submissions.service.js';

@Module({
  controllers: [SubmissionsController, CfpDecisionsController],
  providers: [SubmissionsService, SubmissionReader, DecisionsService],
  exports: [SubmissionReader],
})
export class SubmissionsModule {}
