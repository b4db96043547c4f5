import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateConflictSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { ConflictsService } from './conflicts.service.js';

class CreateConflictDto extends createZodDto(CreateConflictSchema) {}

@ApiTags('conflicts')
@ApiBearerAuth()
@Controller('conflicts')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictsService) {}

  @SignedIn()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.conflicts.list(actor, query);
  }

  @SignedIn()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.conflicts.findOne(actor, id);
  }

  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateConflictDto) {
    return this.conflicts.create(actor, body);
  }

  @SignedIn()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.conflicts.remove(actor, id);
  }
}
