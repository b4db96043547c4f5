import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/auth.decorators.js';
import { StatisticsService, type StatisticsQuery } from './statistics.service.js';
import { ApiRecords, ApiRefusals } from '../common/api-responses.js';

@ApiTags('statistics')
@ApiBearerAuth()
@ApiRefusals()
@Controller()
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  // `?format=csv` answers the same rows as CSV (so does /api/statistics.csv).
  @Roles('organizer')
  @ApiRecords()
  @Get('statistics')
  async figures(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) response: Response) {
    const parsed = this.statistics.parse(query);
    return parsed.format === 'csv' ? this.sendCsv(parsed, response) : this.statistics.forPeriod(parsed);
  }

  // The CSV type is set only on success, so that a refusal still answers as JSON.
  @Roles('organizer')
  @ApiRecords()
  @Get('statistics.csv')
  exportCsv(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) response: Response) {
    return this.sendCsv(this.statistics.parse(query), response);
  }

  private async sendCsv(query: StatisticsQuery, response: Response) {
    const csv = await this.statistics.csv(query);
    response.type('text/csv; charset=utf-8').attachment(`statistics-${query.period}-${query.from}-${query.to}.csv`);
    return csv;
  }
}
