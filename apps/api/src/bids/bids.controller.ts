import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { BiddingActionSchema, UpdateTopicInterestsSchema, UpsertBidSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { BidsService } from './bids.service.js';

class UpsertBidDto extends createZodDto(UpsertBidSchema) {}
class UpdateTopicInterestsDto extends createZodDto(UpdateTopicInterestsSchema) {}
class BiddingActionDto extends createZodDto(BiddingActionSchema) {}

// A committee member's bids: their sheet for one call, and one bid at a time (an upsert).
@ApiTags('bids')
@ApiBearerAuth()
@ApiRefusals()
@Controller('bids')
export class BidsController {
  constructor(private readonly bids: BidsService) {}

  // `?cfpId=` (or `filter={"cfpId":…}`) names the call; only its committee's members get a sheet.
  @SignedIn()
  @ApiRecords()
  @Get()
  sheet(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.bids.sheet(actor, query);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post()
  upsert(@CurrentUser() actor: AuthUser, @Body() body: UpsertBidDto) {
    return this.bids.upsert(actor, body);
  }
}

// The caller's topic interests in one committee, read and replaced as a whole.
@ApiTags('bids')
@ApiBearerAuth()
@ApiRefusals()
@Controller('topic-interests')
export class TopicInterestsController {
  constructor(private readonly bids: BidsService) {}

  @SignedIn()
  @ApiRecord()
  @Get()
  read(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.bids.interests(actor, query);
  }

  @SignedIn()
  @ApiRecord()
  @Put()
  replace(@CurrentUser() actor: AuthUser, @Body() body: UpdateTopicInterestsDto) {
    return this.bids.replaceInterests(actor, body);
  }
}

// The chair's switch: bidding on a call opens (and the committee is told) or closes.
@ApiTags('bids')
@ApiBearerAuth()
@ApiRefusals()
@Controller('cfps')
export class BiddingController {
  constructor(private readonly bids: BidsService) {}

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/open-bidding')
  open(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BiddingActionDto) {
    return this.bids.setBidding(actor, id, true, body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/close-bidding')
  close(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BiddingActionDto) {
    return this.bids.setBidding(actor, id, false, body);
  }
}
