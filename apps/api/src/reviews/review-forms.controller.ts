import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthorResponseSchema, SecondRoundSchema, UpdateReviewFormSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { ApiRecord, ApiRefusals, ApiResult } from '../common/api-responses.js';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { ReviewFormsService } from './review-forms.service.js';

class UpdateReviewFormDto extends createZodDto(UpdateReviewFormSchema) {}
class SecondRoundDto extends createZodDto(SecondRoundSchema) {}
class AuthorResponseDto extends createZodDto(AuthorResponseSchema) {}

@ApiTags('cfps')
@ApiBearerAuth()
@ApiRefusals()
@Controller('cfps')
export class ReviewFormController {
  constructor(private readonly forms: ReviewFormsService) {}

  @SignedIn()
  @ApiRecord()
  @Get(':id/review-form')
  get(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.forms.getForm(actor, id);
  }

  @SignedIn()
  @ApiRecord()
  @Put(':id/review-form')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateReviewFormDto) {
    return this.forms.updateForm(actor, id, body);
  }

  @SignedIn()
  @ApiResult()
  @HttpCode(200)
  @Post(':id/second-round')
  secondRound(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: SecondRoundDto) {
    return this.forms.secondRound(actor, id, body);
  }
}

@ApiTags('submissions')
@ApiBearerAuth()
@ApiRefusals()
@Controller('submissions')
export class AuthorResponseController {
  constructor(private readonly forms: ReviewFormsService) {}

  @SignedIn()
  @ApiResult()
  @Get(':id/speaker-reviews')
  speakerReviews(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.forms.speakerReviews(actor, id);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id/author-response')
  response(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.forms.response(actor, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post(':id/author-response')
  respond(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AuthorResponseDto) {
    return this.forms.respond(actor, id, body.body);
  }
}
