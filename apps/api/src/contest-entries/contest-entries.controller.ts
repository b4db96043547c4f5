import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  ContestEntryActionSchema,
  CreateContestEntrySchema,
  HideContestEntrySchema,
  UpdateContestEntrySchema,
} from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { ArtworkService, type UploadedFile as Upload } from './artwork.service.js';
import { ContestEntriesService } from './contest-entries.service.js';
import { ArtworkUploadInterceptor } from './artwork-upload.interceptor.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreateContestEntryDto extends createZodDto(CreateContestEntrySchema) {}
class UpdateContestEntryDto extends createZodDto(UpdateContestEntrySchema) {}
class ContestEntryActionDto extends createZodDto(ContestEntryActionSchema) {}
class HideContestEntryDto extends createZodDto(HideContestEntrySchema) {}

@ApiTags('contest-entries')
@ApiBearerAuth()
@ApiRefusals()
@Controller('contest-entries')
export class ContestEntriesController {
  constructor(
    private readonly entries: ContestEntriesService,
    private readonly artwork: ArtworkService,
  ) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.entries.list(actor, query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.entries.findOne(actor, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateContestEntryDto) {
    return this.entries.create(actor, body);
  }

  @SignedIn()
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateContestEntryDto) {
    return this.entries.update(actor, id, body);
  }

  @SignedIn()
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.entries.remove(actor, id);
  }

  // Size limit and disk streaming come from the module's multer options (contest-entries.module.ts).
  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/artwork')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @UseInterceptors(ArtworkUploadInterceptor, FileInterceptor('file'))
  upload(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: Upload | undefined) {
    return this.artwork.upload(actor, id, file);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/approve')
  approve(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ContestEntryActionDto) {
    return this.entries.approve(actor, id, body.version);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/hide')
  hide(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: HideContestEntryDto) {
    return this.entries.hide(actor, id, body.reason, body.version);
  }
}
