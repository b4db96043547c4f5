import { Module } from '@nestjs/common';
import { DecisionsService } from './decisions.service.js';
import { SpeakerInvitationsController } from './speaker-invitations.controller.js';
import { SpeakerInvitationsService } from './speaker-invitations.service.js';
import { SubmissionReader } from './submission-reader.js';
import { CfpDecisionsController, SubmissionsController } from './submissions.controller.js';
import { SubmissionsService } from './submissions.service.js';

@Module({
  controllers: [SpeakerInvitationsController, SubmissionsController, CfpDecisionsController],
  providers: [SubmissionsService, SubmissionReader, DecisionsService, SpeakerInvitationsService],
  exports: [SubmissionReader],
})
export class SubmissionsModule {}
