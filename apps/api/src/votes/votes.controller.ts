import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CastVoteSchema } from '@summitdesk/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { VotesService } from './votes.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CastVoteDto extends createZodDto(CastVoteSchema) {}

@ApiTags('votes')
@ApiBearerAuth()
@ApiRefusals()
@Controller('votes')
export class VotesController {
  constructor(private readonly votes: VotesService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.votes.list(actor, query);
  }

  // 201 when the vote is new, 200 when it was moved (or repeated).
  @SignedIn()
  @ApiRecord(201)
  @Post()
  async cast(@CurrentUser() actor: AuthUser, @Body() body: CastVoteDto, @Res({ passthrough: true }) response: Response) {
    const { vote, created } = await this.votes.cast(actor, body);
    response.status(created ? 201 : 200);
    return vote;
  }
}
