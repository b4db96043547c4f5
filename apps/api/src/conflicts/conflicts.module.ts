import { Module } from '@nestjs/common';
import { ReviewAssignmentsModule } from '../review-assignments/review-assignments.module.js';
import { ConflictsController } from './conflicts.controller.js';
import { ConflictMail } from './conflict-mail.js';
import { ConflictsRepository } from './conflicts.repository.js';
import { ConflictsService } from './conflicts.service.js';

@Module({
  imports: [ReviewAssignmentsModule],
  controllers: [ConflictsController],
  providers: [ConflictsService, ConflictsRepository, ConflictMail],
  exports: [ConflictsService],
})
export class ConflictsModule {}
