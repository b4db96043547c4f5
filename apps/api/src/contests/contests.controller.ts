import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AwardContestSchema, ContestActionSchema, CreateContestSchema, UpdateContestSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { ContestsService } from './contests.service.js';
import { ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

class CreateContestDto extends createZodDto(CreateContestSchema) {}
class UpdateContestDto extends createZodDto(UpdateContestSchema) {}
class ContestActionDto extends createZodDto(ContestActionSchema) {}
class AwardContestDto extends createZodDto(AwardContestSchema) {}

@ApiTags('contests')
@ApiBearerAuth()
@ApiRefusals()
@Controller('contests')
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.contests.list(actor, query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contests.findOne(actor, id);
  }

  // How many members have voted so far: a number, never a ranking, so organizers may watch it live.
  @Roles('organizer')
  @ApiResult()
  @Get(':id/turnout')
  turnout(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contests.turnout(actor, id);
  }

  @Roles('organizer')
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateContestDto) {
    return this.contests.create(actor, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateContestDto) {
    return this.contests.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contests.remove(actor, id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/publish')
  publish(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ContestActionDto) {
    return this.contests.publish(actor, id, body.version);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/close')
  close(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ContestActionDto) {
    return this.contests.close(actor, id, body.version);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/award')
  award(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AwardContestDto) {
    return this.contests.award(actor, id, body);
  }
}
