import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { BoothShiftActionSchema, CreateBoothShiftSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { BoothShiftsService } from './booth-shifts.service.js';
import { ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

class CreateBoothShiftDto extends createZodDto(CreateBoothShiftSchema) {}
class BoothShiftActionDto extends createZodDto(BoothShiftActionSchema) {}

// Shifts change only through actions (a volunteer cancels rather than edits), so there is no PUT.
@ApiTags('booth-shifts')
@ApiBearerAuth()
@ApiRefusals()
@Controller('booth-shifts')
export class BoothShiftsController {
  constructor(private readonly shifts: BoothShiftsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() viewer: AuthUser, @Query() query: Record<string, unknown>) {
    return this.shifts.list(viewer, query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() viewer: AuthUser, @Param('id', IdPipe) id: number) {
    return this.shifts.findOne(viewer, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateBoothShiftDto) {
    return this.shifts.create(actor, body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/confirm')
  confirm(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothShiftActionDto) {
    return this.shifts.act(actor, id, 'confirm', body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/decline')
  decline(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothShiftActionDto) {
    return this.shifts.act(actor, id, 'decline', body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/cancel')
  cancel(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothShiftActionDto) {
    return this.shifts.act(actor, id, 'cancel', body);
  }
}

// The booth page's rota and its coverage gaps, beside the proposal's own routes.
@ApiTags('booth-shifts')
@ApiBearerAuth()
@ApiRefusals()
@Controller('booth-proposals')
export class BoothCoverageController {
  constructor(private readonly shifts: BoothShiftsService) {}

  @SignedIn()
  @ApiResult()
  @Get(':id/coverage')
  coverage(@CurrentUser() viewer: AuthUser, @Param('id', IdPipe) id: number) {
    return this.shifts.coverage(viewer, id);
  }
}
