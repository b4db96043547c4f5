import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller.js';
import { StatisticsRepository } from './statistics.repository.js';
import { StatisticsService } from './statistics.service.js';

// Figures per week, month, quarter and year for the organizers' Statistics page and the digest
// (`StatisticsService.forPeriod`). Reads only: it owns no table.
@Module({ controllers: [StatisticsController], providers: [StatisticsService, StatisticsRepository], exports: [StatisticsService] })
export class StatisticsModule {}
