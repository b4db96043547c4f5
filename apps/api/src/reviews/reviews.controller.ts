import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateReviewSchema, UpdateReviewSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { ApiRefusals, ApiResults } from '../common/api-responses.js';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { parseRankingFilter, RankingService } from './ranking.service.js';
import { ReviewsService } from './reviews.service.js';

class CreateReviewDto extends createZodDto(CreateReviewSchema) {}
class UpdateReviewDto extends createZodDto(UpdateReviewSchema) {}

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @SignedIn()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.reviews.list(actor, query);
  }

  @SignedIn()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.reviews.findOne(actor, id);
  }

  // The review's changes in words (score −1 → +1), for whoever may read the review.
  @SignedIn()
  @ApiRefusals()
  @ApiResults()
  @Get(':id/history')
  history(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.reviews.history(actor, id);
  }

  @SignedIn()
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateReviewDto) {
    return this.reviews.create(actor, body);
  }

  @SignedIn()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateReviewDto) {
    return this.reviews.update(actor, id, body);
  }
}

@ApiTags('cfps')
@ApiBearerAuth()
@Controller('cfps')
export class CfpScoresController {
  constructor(private readonly ranking: RankingService) {}

  @SignedIn()
  @Get(':id/ranking')
  rank(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Query('filter') filter?: string) {
    return this.ranking.ranking(actor, id, parseRankingFilter(filter));
  }

  // The CSV type is set only on success, so that a 404 still answers as JSON.
  @SignedIn()
  @Get(':id/reviews.csv')
  async exportCsv(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Res({ passthrough: true }) response: Response) {
    const csv = await this.ranking.exportCsv(actor, id);
    response.type('text/csv; charset=utf-8').attachment(`reviews-cfp-${id}.csv`);
    return csv;
  }
}
