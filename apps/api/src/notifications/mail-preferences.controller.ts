import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UpdateMailPreferencesSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { ApiRecord, ApiRefusals } from '../common/api-responses.js';
import { MailPreferencesService } from './mail-preferences.service.js';

class UpdateMailPreferencesDto extends createZodDto(UpdateMailPreferencesSchema) {}

// My mail: the language it is written in and which optional kinds I get.
@ApiTags('notifications')
@ApiBearerAuth()
@ApiRefusals()
@Controller('mail-preferences')
export class MailPreferencesController {
  constructor(private readonly preferences: MailPreferencesService) {}

  @SignedIn()
  @ApiRecord()
  @Get('me')
  mine(@CurrentUser() actor: AuthUser) {
    return this.preferences.mine(actor);
  }

  @SignedIn()
  @ApiRecord()
  @Put('me')
  update(@CurrentUser() actor: AuthUser, @Body() body: UpdateMailPreferencesDto) {
    return this.preferences.update(actor, body);
  }
}
