import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CreatePresentationSchema, UpdatePresentationSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { PresentationsService, type SlidesUpload } from './presentations.service.js';
import { SlidesUploadInterceptor } from './slides-upload.interceptor.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreatePresentationDto extends createZodDto(CreatePresentationSchema) {}
class UpdatePresentationDto extends createZodDto(UpdatePresentationSchema) {}

@ApiTags('presentations')
@ApiBearerAuth()
@ApiRefusals()
@Controller('presentations')
export class PresentationsController {
  constructor(private readonly presentations: PresentationsService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.presentations.list(actor, query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.presentations.findOne(actor, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreatePresentationDto) {
    return this.presentations.create(actor, body);
  }

  @SignedIn()
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdatePresentationDto) {
    return this.presentations.update(actor, id, body);
  }

  // Size limit and disk streaming come from the module's multer options (presentations.module.ts).
  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/slides')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @UseInterceptors(SlidesUploadInterceptor, FileInterceptor('file'))
  upload(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: SlidesUpload | undefined) {
    return this.presentations.uploadSlides(actor, id, file);
  }
}
