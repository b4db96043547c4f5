import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { CommitteeSeatsController, CommitteesController } from './committees.controller.js';
import { CommitteesRepository } from './committees.repository.js';
import { CommitteesService } from './committees.service.js';

@Module({
  imports: [EventsModule],
  controllers: [CommitteesController, CommitteeSeatsController],
  providers: [CommitteesService, CommitteesRepository],
  exports: [CommitteesService],
})
export class CommitteesModule {}
