import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  BulkDecideSchema,
  CreateSubmissionSchema,
  DecideSubmissionSchema,
  SubmissionActionSchema,
  UpdateSubmissionSchema,
} from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { DecisionsService } from './decisions.service.js';
import { SubmissionReader } from './submission-reader.js';
import { SubmissionsService } from './submissions.service.js';

class CreateSubmissionDto extends createZodDto(CreateSubmissionSchema) {}
class UpdateSubmissionDto extends createZodDto(UpdateSubmissionSchema) {}
class SubmissionActionDto extends createZodDto(SubmissionActionSchema) {}
class DecideDto extends createZodDto(DecideSubmissionSchema) {}
class BulkDecideDto extends createZodDto(BulkDecideSchema) {}

@ApiTags('submissions')
@ApiBearerAuth()
@Controller('submissions')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly reader: SubmissionReader,
    private readonly decisions: DecisionsService,
  ) {}

  @SignedIn()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.reader.list(actor, query);
  }

  @SignedIn()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.reader.findOne(actor, id);
  }

  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSubmissionDto) {
    return this.submissions.create(actor, body);
  }

  @SignedIn()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateSubmissionDto) {
    return this.submissions.update(actor, id, body);
  }

  @SignedIn()
  @HttpCode(200)
  @Post(':id/submit')
  submit(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: SubmissionActionDto) {
    return this.submissions.act(actor, id, 'submit', body.version);
  }

  @SignedIn()
  @HttpCode(200)
  @Post(':id/withdraw')
  withdraw(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: SubmissionActionDto) {
    return this.submissions.act(actor, id, 'withdraw', body.version);
  }

  @SignedIn()
  @HttpCode(200)
  @Post(':id/confirm')
  confirm(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: SubmissionActionDto) {
    return this.submissions.act(actor, id, 'confirm', body.version);
  }

  @SignedIn()
  @HttpCode(200)
  @Post(':id/decline')
  decline(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: SubmissionActionDto) {
    return this.submissions.act(actor, id, 'decline', body.version);
  }

  // Stages the chair's decision; speakers learn of it only when decisions are released.
  @SignedIn()
  @HttpCode(200)
  @Post(':id/decide')
  decide(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: DecideDto) {
    return this.decisions.decide(actor, id, body.decision, body.version);
  }
}

@ApiTags('cfps')
@ApiBearerAuth()
@Controller('cfps')
export class CfpDecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @SignedIn()
  @HttpCode(200)
  @Post(':id/decisions')
  stage(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BulkDecideDto) {
    return this.decisions.bulkDecide(actor, id, body);
  }

  @SignedIn()
  @HttpCode(200)
  @Post(':id/release-decisions')
  release(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.decisions.release(actor, id);
  }
}
