import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AssignRequestSchema, CreateReviewAssignmentSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { ApiRefusals, ApiResult, ApiResults } from '../common/api-responses.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { AssignmentMatrixService } from './assignment-matrix.service.js';
import { ReviewAssignmentsService } from './review-assignments.service.js';

class CreateAssignmentDto extends createZodDto(CreateReviewAssignmentSchema) {}
class AssignDto extends createZodDto(AssignRequestSchema) {}

@ApiTags('review-assignments')
@ApiBearerAuth()
@Controller('review-assignments')
export class ReviewAssignmentsController {
  constructor(
    private readonly assignments: ReviewAssignmentsService,
    private readonly matrix: AssignmentMatrixService,
  ) {}

  @SignedIn()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.assignments.list(actor, query);
  }

  // The dashboard's CfP progress card (calls the viewer chairs; organizers: all). Before ':id'.
  @SignedIn()
  @ApiRefusals()
  @ApiResults()
  @Get('progress')
  progress(@CurrentUser() actor: AuthUser) {
    return this.matrix.progress(actor);
  }

  @SignedIn()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.assignments.findOne(actor, id);
  }

  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateAssignmentDto) {
    return this.assignments.create(actor, body);
  }

  @SignedIn()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.assignments.remove(actor, id);
  }
}

@ApiTags('cfps')
@ApiBearerAuth()
@Controller('cfps')
export class CfpAssignmentController {
  constructor(
    private readonly assignments: ReviewAssignmentsService,
    private readonly matrix: AssignmentMatrixService,
  ) {}

  @SignedIn()
  @HttpCode(200)
  @ApiResult()
  @ApiRefusals()
  @Post(':id/assign')
  assign(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AssignDto) {
    return this.assignments.assign(actor, id, body);
  }

  // Reviewers × submissions for the chair's screen, conflicts marked.
  @SignedIn()
  @Get(':id/assignment-matrix')
  assignmentMatrix(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.matrix.matrix(actor, id);
  }
}
