import { Module } from '@nestjs/common';
import { CfpsModule } from '../cfps/cfps.module.js';
import { EventsModule } from '../events/events.module.js';
import { DecisionsService } from './decisions.service.js';
import { SpeakerInvitationsController } from './speaker-invitations.controller.js';
import { SpeakerInvitationsService } from './speaker-invitations.service.js';
import { SubmissionReader } from './submission-reader.js';
import { SubmissionWorkflow } from './submission-workflow.js';
import { CfpDecisionsController, SubmissionsController } from './submissions.controller.js';
import { SubmissionsRepository } from './submissions.repository.js';
import { SubmissionsService } from './submissions.service.js';

@Module({
  imports: [CfpsModule, EventsModule],
  controllers: [SpeakerInvitationsController, SubmissionsController, CfpDecisionsController],
  providers: [SubmissionsService, SubmissionsRepository, SubmissionReader, SubmissionWorkflow, DecisionsService, SpeakerInvitationsService],
  exports: [SubmissionReader, SubmissionWorkflow],
})
export class SubmissionsModule {}
