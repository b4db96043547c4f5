import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { CommitteeMeetingController } from './committee-meeting.controller.js';
import { CommitteeMeetingRepository } from './committee-meeting.repository.js';
import { CommitteeMeetingService } from './committee-meeting.service.js';
import { FairnessService } from './fairness.service.js';

@Module({
  imports: [SubmissionsModule],
  controllers: [CommitteeMeetingController],
  providers: [CommitteeMeetingService, FairnessService, CommitteeMeetingRepository],
})
export class CommitteeMeetingModule {}
