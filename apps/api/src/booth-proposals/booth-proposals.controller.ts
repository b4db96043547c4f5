import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  ApproveBoothProposalSchema,
  BoothProposalActionSchema,
  BoothReportSchema,
  CreateBoothProposalSchema,
  UpdateBoothProposalSchema,
} from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { singleFileUpload } from '../uploads/upload.interceptor.js';
import type { UploadedFile as UploadedFileData } from '../uploads/uploads.service.js';
import { BoothProposalApprovalService } from './booth-proposal-approval.service.js';
import { BoothProposalPhotosService, MAX_PHOTO_BYTES } from './booth-proposal-photos.service.js';
import { BoothProposalWorkflowService } from './booth-proposal-workflow.service.js';
import { BoothProposalsService } from './booth-proposals.service.js';
import { ApiFile, ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

class CreateBoothProposalDto extends createZodDto(CreateBoothProposalSchema) {}
class UpdateBoothProposalDto extends createZodDto(UpdateBoothProposalSchema) {}
class BoothProposalActionDto extends createZodDto(BoothProposalActionSchema) {}
class ApproveBoothProposalDto extends createZodDto(ApproveBoothProposalSchema) {}
class BoothReportDto extends createZodDto(BoothReportSchema) {}

// Roles here are the coarse gate; ownership and the state machine are checked in the services.
@ApiTags('booth-proposals')
@ApiBearerAuth()
@ApiRefusals()
@Controller('booth-proposals')
export class BoothProposalsController {
  constructor(
    private readonly proposals: BoothProposalsService,
    private readonly workflow: BoothProposalWorkflowService,
    private readonly approval: BoothProposalApprovalService,
    private readonly photos: BoothProposalPhotosService,
  ) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@CurrentUser() viewer: AuthUser, @Query() query: Record<string, unknown>) {
    return this.proposals.list(viewer, query);
  }

  // Declared before `:id` so that the path is not read as an id.
  @Roles('organizer')
  @ApiResult()
  @Get('pipeline')
  pipeline() {
    return this.proposals.pipeline();
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() viewer: AuthUser, @Param('id', IdPipe) id: number) {
    return this.proposals.findOne(viewer, id);
  }

  @SignedIn()
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateBoothProposalDto) {
    return this.proposals.create(actor, body);
  }

  @SignedIn()
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateBoothProposalDto) {
    return this.proposals.update(actor, id, body);
  }

  @SignedIn()
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.proposals.remove(actor, id);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/submit')
  submit(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'submit', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/start-review')
  startReview(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'start_review', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/request-changes')
  requestChanges(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'request_changes', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/approve')
  approve(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ApproveBoothProposalDto) {
    return this.approval.approve(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/reject')
  reject(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'reject', body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/withdraw')
  withdraw(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'withdraw', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/cancel')
  cancel(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'cancel', body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/mark-paid')
  markPaid(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.markPaid(actor, id, body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/mark-held')
  markHeld(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'mark_held', body);
  }

  @SignedIn()
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/report')
  report(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothReportDto) {
    return this.workflow.report(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/close')
  close(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: BoothProposalActionDto) {
    return this.workflow.act(actor, id, 'close', body);
  }

  @SignedIn()
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(singleFileUpload(MAX_PHOTO_BYTES))
  @ApiRecord(201)
  @Post(':id/photos')
  addPhoto(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: UploadedFileData | undefined) {
    return this.photos.add(actor, id, file);
  }

  @SignedIn()
  @ApiFile('application/octet-stream')
  @Get(':id/photos/:photoId')
  async photo(@CurrentUser() viewer: AuthUser, @Param('id', IdPipe) id: number, @Param('photoId', IdPipe) photoId: number) {
    const { stream, size, mediaType } = await this.photos.read(viewer, id, photoId);
    return new StreamableFile(stream, { type: mediaType, length: size, disposition: 'inline' });
  }

  @SignedIn()
  @ApiRecord()
  @Delete(':id/photos/:photoId')
  removePhoto(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Param('photoId', IdPipe) photoId: number) {
    return this.photos.remove(actor, id, photoId);
  }
}
