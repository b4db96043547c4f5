import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateBudgetSchema, CreateLedgerEntrySchema, UpdateBudgetSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { BudgetsService } from './budgets.service.js';
import { ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

class CreateBudgetDto extends createZodDto(CreateBudgetSchema) {}
class UpdateBudgetDto extends createZodDto(UpdateBudgetSchema) {}
class CreateLedgerEntryDto extends createZodDto(CreateLedgerEntrySchema) {}

@ApiTags('budgets')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller('budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.budgets.list(query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.budgets.findOne(id);
  }

  @ApiResult()
  @Get(':id/summary')
  summary(@Param('id', IdPipe) id: number) {
    return this.budgets.summary(id);
  }

  @ApiResult()
  @Get(':id/burn-down')
  burnDown(@Param('id', IdPipe) id: number) {
    return this.budgets.burnDown(id);
  }

  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateBudgetDto) {
    return this.budgets.create(actor, body);
  }

  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateBudgetDto) {
    return this.budgets.update(actor, id, body);
  }
}

// The ledger has no PUT or DELETE: entries are corrected by new entries, never edited.
@ApiTags('budgets')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller('ledger-entries')
export class LedgerEntriesController {
  constructor(private readonly budgets: BudgetsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.budgets.listEntries(query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.budgets.findEntry(id);
  }

  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateLedgerEntryDto) {
    return this.budgets.recordEntry(actor, body);
  }
}
