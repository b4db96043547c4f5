import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AnnouncementActionSchema,
  CreateAnnouncementSchema,
  CreateFromSuggestionSchema,
  ScheduleAnnouncementSchema,
  UpdateAnnouncementSchema,
} from '@summitdesk/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { AnnouncementsService } from './announcements.service.js';
import { NewsFeed } from './news-feed.js';
import { ApiFile, ApiRecord, ApiRecords, ApiRefusals, ApiResults } from '../common/api-responses.js';

class CreateAnnouncementDto extends createZodDto(CreateAnnouncementSchema) {}
class UpdateAnnouncementDto extends createZodDto(UpdateAnnouncementSchema) {}
class AnnouncementActionDto extends createZodDto(AnnouncementActionSchema) {}
class ScheduleAnnouncementDto extends createZodDto(ScheduleAnnouncementSchema) {}
class CreateFromSuggestionDto extends createZodDto(CreateFromSuggestionSchema) {}

// Organizers and committee chairs write; every signed-in member reads what is published. Who may
// write is decided by the service (a chair is a member with a chair's seat, not a global role).
@ApiTags('announcements')
@ApiBearerAuth()
@ApiRefusals()
@Controller('announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.announcements.list(actor, query);
  }

  @SignedIn()
  @ApiResults()
  @Get('suggestions')
  suggestions(@CurrentUser() actor: AuthUser) {
    return this.announcements.suggestions(actor);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post('suggestions')
  fromSuggestion(@CurrentUser() actor: AuthUser, @Body() body: CreateFromSuggestionDto) {
    return this.announcements.createFromSuggestion(actor, body.key);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.announcements.findOne(actor, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateAnnouncementDto) {
    return this.announcements.create(actor, body);
  }

  @SignedIn()
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateAnnouncementDto) {
    return this.announcements.update(actor, id, body);
  }

  @SignedIn()
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.announcements.remove(actor, id);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/publish')
  publish(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AnnouncementActionDto) {
    return this.announcements.publish(actor, id, body.version);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/schedule')
  schedule(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ScheduleAnnouncementDto) {
    return this.announcements.schedule(actor, id, body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/retract')
  retract(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AnnouncementActionDto) {
    return this.announcements.retract(actor, id, body.version);
  }
}

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public')
export class PublicAnnouncementsController {
  constructor(
    private readonly announcements: AnnouncementsService,
    private readonly feed: NewsFeed,
  ) {}

  @ApiRecords()
  @Get('announcements')
  list(@Query() query: Record<string, unknown>) {
    return this.announcements.publicList(query);
  }

  @ApiRecord()
  @Get('announcements/:id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.announcements.publicOne(id);
  }

  @ApiFile('application/atom+xml')
  @Get('news.atom')
  async atom(@Res() response: Response) {
    response.type('application/atom+xml; charset=utf-8').send(await this.feed.atom());
  }
}
