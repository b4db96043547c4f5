import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateCommitteeSchema, CreateCommitteeSeatSchema, UpdateCommitteeSchema, UpdateCommitteeSeatSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { CommitteesService } from './committees.service.js';

class CreateCommitteeDto extends createZodDto(CreateCommitteeSchema) {}
class UpdateCommitteeDto extends createZodDto(UpdateCommitteeSchema) {}
class CreateSeatDto extends createZodDto(CreateCommitteeSeatSchema) {}
class UpdateSeatDto extends createZodDto(UpdateCommitteeSeatSchema) {}

@ApiTags('committees')
@ApiBearerAuth()
@Controller('committees')
export class CommitteesController {
  constructor(private readonly committees: CommitteesService) {}

  @SignedIn()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.committees.list(query);
  }

  @SignedIn()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.committees.findOne(id);
  }

  @Roles('organizer')
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateCommitteeDto) {
    return this.committees.create(actor, body);
  }

  @SignedIn()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateCommitteeDto) {
    return this.committees.update(actor, id, body);
  }
}

@ApiTags('committees')
@ApiBearerAuth()
@Controller('committee-seats')
export class CommitteeSeatsController {
  constructor(private readonly committees: CommitteesService) {}

  @SignedIn()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.committees.listSeats(query);
  }

  @SignedIn()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.committees.findSeat(id);
  }

  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSeatDto) {
    return this.committees.createSeat(actor, body);
  }

  @SignedIn()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateSeatDto) {
    return this.committees.updateSeat(actor, id, body);
  }

  @SignedIn()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.committees.removeSeat(actor, id);
  }
}
