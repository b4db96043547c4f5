import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ChangeRoleSchema, UpdateUserSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { UsersService } from './users.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class UpdateUserDto extends createZodDto(
  // Read-only fields react-admin sends back are accepted and ignored (mass assignment changes nothing).
  UpdateUserSchema.extend({
    id: z.unknown().optional(),
    email: z.unknown().optional(),
    role: z.unknown().optional(),
    disabled: z.unknown().optional(),
    emailVerified: z.unknown().optional(),
    emailVerifiedAt: z.unknown().optional(),
    createdAt: z.unknown().optional(),
  }),
) {}
class ChangeRoleDto extends createZodDto(ChangeRoleSchema) {}
class VersionDto extends createZodDto(z.object({ version: z.number().int().optional() }).strict()) {}

@ApiTags('users')
@ApiBearerAuth()
@ApiRefusals()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('organizer')
  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.users.list(query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.users.findOne(actor, id);
  }

  @SignedIn()
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateUserDto) {
    return this.users.update(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/disable')
  disable(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: VersionDto) {
    return this.users.setDisabled(actor, id, true, body.version);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/enable')
  enable(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: VersionDto) {
    return this.users.setDisabled(actor, id, false, body.version);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/role')
  changeRole(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ChangeRoleDto) {
    return this.users.changeRole(actor, id, body.role, body.version);
  }
}
