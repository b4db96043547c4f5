import { Module } from '@nestjs/common';
import { CommitteeSeatsController, CommitteesController } from './committees.controller.js';
import { CommitteesService } from './committees.service.js';

@Module({
  controllers: [CommitteesController, CommitteeSeatsController],
  providers: [CommitteesService],
})
export class CommitteesModule {}
