import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators.js';
import { CommitteesService } from '../committees/committees.service.js';
import { CfpsService } from './cfps.service.js';

// The summit page's call for papers and committee, as the community announces them.
@ApiTags('public')
@Public()
@Controller('public/events')
export class PublicCfpController {
  constructor(
    private readonly cfps: CfpsService,
    private readonly committees: CommitteesService,
  ) {}

  @Get(':slug/cfp')
  cfp(@Param('slug') slug: string) {
    return this.cfps.findPublic(slug);
  }

  @Get(':slug/committee')
  committee(@Param('slug') slug: string) {
    return this.committees.findPublic(slug);
  }
}
