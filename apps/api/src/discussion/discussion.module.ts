import { Module } from '@nestjs/common';
import { DiscussionCommentsController, SubmissionDiscussionController } from './discussion.controller.js';
import { DiscussionRepository } from './discussion.repository.js';
import { DiscussionService } from './discussion.service.js';

@Module({
  controllers: [SubmissionDiscussionController, DiscussionCommentsController],
  providers: [DiscussionService, DiscussionRepository],
})
export class DiscussionModule {}
