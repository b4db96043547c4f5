import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommentVisibilitySchema, CreateCommentSchema, UpdateCommentSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { ApiRecord, ApiRefusals, ApiResult, ApiResults } from '../common/api-responses.js';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { DiscussionService } from './discussion.service.js';

class CreateCommentDto extends createZodDto(CreateCommentSchema) {}
class UpdateCommentDto extends createZodDto(UpdateCommentSchema) {}
class CommentVisibilityDto extends createZodDto(CommentVisibilitySchema) {}

// The committee's thread under a submission. Who may read it is decided per request by the viewer's
// scope: conflicted people get 404, a reviewer before their own review 403.
@ApiTags('discussion')
@ApiBearerAuth()
@ApiRefusals()
@Controller('submissions')
export class SubmissionDiscussionController {
  constructor(private readonly discussion: DiscussionService) {}

  @SignedIn()
  @ApiResults()
  @Get(':id/comments')
  list(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.discussion.list(actor, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post(':id/comments')
  create(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: CreateCommentDto) {
    return this.discussion.create(actor, id, body);
  }

  @SignedIn()
  @ApiResults()
  @Get(':id/mentionable')
  mentionable(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.discussion.mentionable(actor, id);
  }
}

@ApiTags('discussion')
@ApiBearerAuth()
@ApiRefusals()
@Controller('discussion-comments')
export class DiscussionCommentsController {
  constructor(private readonly discussion: DiscussionService) {}

  @SignedIn()
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateCommentDto) {
    return this.discussion.update(actor, id, body);
  }

  // Shares a comment with the talk's speakers (or takes it back): the chairs only.
  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/speaker-visibility')
  visibility(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: CommentVisibilityDto) {
    return this.discussion.setVisibility(actor, id, body);
  }

  @SignedIn()
  @ApiResult()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.discussion.remove(actor, id);
  }
}
