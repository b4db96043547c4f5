import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { TokenSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { SpeakerInvitationsService } from './speaker-invitations.service.js';

class TokenDto extends createZodDto(TokenSchema) {}

// The token travels in the body, never in a URL that access logs keep.
@ApiTags('submissions')
@ApiBearerAuth()
@SignedIn()
@Controller('submissions/invitations')
export class SpeakerInvitationsController {
  constructor(private readonly invitations: SpeakerInvitationsService) {}

  @HttpCode(200)
  @Post('show')
  show(@Body() body: TokenDto) {
    return this.invitations.show(body.token);
  }

  @HttpCode(200)
  @Post('accept')
  accept(@CurrentUser() actor: AuthUser, @Body() body: TokenDto) {
    return this.invitations.answer(actor, body.token, true);
  }

  @HttpCode(200)
  @Post('decline')
  decline(@CurrentUser() actor: AuthUser, @Body() body: TokenDto) {
    return this.invitations.answer(actor, body.token, false);
  }
}
