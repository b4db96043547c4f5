import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { MeetingMoveSchema, MeetingOrderSchema, ReminderSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { ApiRefusals, ApiResult } from '../common/api-responses.js';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { CommitteeMeetingService } from './committee-meeting.service.js';
import { FairnessService } from './fairness.service.js';

class MeetingOrderDto extends createZodDto(MeetingOrderSchema) {}
class MeetingMoveDto extends createZodDto(MeetingMoveSchema) {}
class ReminderDto extends createZodDto(ReminderSchema) {}

@ApiTags('committee meeting')
@ApiBearerAuth()
@ApiRefusals()
@Controller('cfps')
export class CommitteeMeetingController {
  constructor(
    private readonly meeting: CommitteeMeetingService,
    private readonly fairness: FairnessService,
  ) {}

  @SignedIn()
  @ApiResult()
  @Get(':id/meeting')
  agenda(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.meeting.agenda(actor, id);
  }

  // What a member following the meeting sees now: the talk, or "step out" when conflicted on it.
  @SignedIn()
  @ApiResult()
  @Get(':id/meeting/current')
  current(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.meeting.current(actor, id);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiResult()
  @Post(':id/meeting/order')
  order(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: MeetingOrderDto) {
    return this.meeting.setOrder(actor, id, body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiResult()
  @Post(':id/meeting/move')
  move(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: MeetingMoveDto) {
    return this.meeting.move(actor, id, body);
  }

  @SignedIn()
  @ApiResult()
  @Get(':id/fairness')
  signals(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.fairness.signals(actor, id);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiResult()
  @Post(':id/fairness/reminders')
  remind(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ReminderDto) {
    return this.fairness.remind(actor, id, body);
  }
}
