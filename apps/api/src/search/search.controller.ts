import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { ApiRefusals, ApiResults } from '../common/api-responses.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@ApiBearerAuth()
@ApiRefusals()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @SignedIn()
  @ApiResults()
  @Get()
  find(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.search.search(actor, query);
  }
}
