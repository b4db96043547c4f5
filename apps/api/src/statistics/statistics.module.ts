import { Module } from '@nestjs/common';
import { DigestsModule } from '../digests/digests.module.js';
import { StatisticsDigestSection } from './statistics-digest-section.js';
import { StatisticsController } from './statistics.controller.js';
import { StatisticsRepository } from './statistics.repository.js';
import { StatisticsService } from './statistics.service.js';

// Figures per week, month, quarter and year for the organizers' Statistics page, and the digest's
// closing "Statistics" section (registered with DigestSections). Reads only: it owns no table.
@Module({
  imports: [DigestsModule],
  controllers: [StatisticsController],
  providers: [StatisticsService, StatisticsRepository, StatisticsDigestSection],
  exports: [StatisticsService],
})
export class StatisticsModule {}
