import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateCfpSchema, UpdateCfpSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { CfpsService } from './cfps.service.js';

class CreateCfpDto extends createZodDto(CreateCfpSchema) {}
class UpdateCfpDto extends createZodDto(UpdateCfpSchema) {}

@ApiTags('cfps')
@ApiBearerAuth()
@Controller('cfps')
export class CfpsController {
  constructor(private readonly cfps: CfpsService) {}

  @SignedIn()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.cfps.list(query);
  }

  @SignedIn()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.cfps.findOne(id);
  }

  // Organizers, or the chairs of the summit's committee (checked in the service).
  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateCfpDto) {
    return this.cfps.create(actor, body);
  }

  @SignedIn()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateCfpDto) {
    return this.cfps.update(actor, id, body);
  }
}
