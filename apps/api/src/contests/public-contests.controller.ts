import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicContest } from '@summitdesk/contracts';
import { Public } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { PublicContestsService } from './public-contests.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

// The gallery and results for visitors: published contests, approved entries, counts only after voting.
@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/contests')
export class PublicContestsController {
  constructor(private readonly contests: PublicContestsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.contests.list(query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number): Promise<PublicContest> {
    return this.contests.findOne(id);
  }
}
