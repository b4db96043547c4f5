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
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CreateSponsorSchema, UpdateSponsorSchema, VerifySponsorSchema } from '@summitdesk/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { setInertImageHeaders } from '../common/images/inert-file.js';
import { LogoUploadInterceptor } from './logo-upload.interceptor.js';
import { SponsorLogoService, type UploadedFile as Upload } from './sponsor-logo.service.js';
import { SponsorsService } from './sponsors.service.js';
import { ApiFile, ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

class CreateSponsorDto extends createZodDto(CreateSponsorSchema) {}
class UpdateSponsorDto extends createZodDto(UpdateSponsorSchema) {}
class VerifySponsorDto extends createZodDto(VerifySponsorSchema) {}

@ApiTags('sponsors')
@ApiBearerAuth()
@SignedIn()
@ApiRefusals()
@Controller('sponsors')
export class SponsorsController {
  constructor(
    private readonly sponsors: SponsorsService,
    private readonly logos: SponsorLogoService,
  ) {}

  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.sponsors.list(actor, query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.sponsors.findOne(actor, id);
  }

  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSponsorDto) {
    return this.sponsors.create(actor, body);
  }

  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateSponsorDto) {
    return this.sponsors.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.sponsors.remove(actor, id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiResult()
  @Post(':id/verify')
  verify(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: VerifySponsorDto) {
    return this.sponsors.verify(actor, id, body.version);
  }

  // Size limit and disk streaming come from the module's multer options (sponsors.module.ts).
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/logo')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @UseInterceptors(LogoUploadInterceptor, FileInterceptor('file'))
  upload(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: Upload | undefined) {
    return this.logos.upload(actor, id, file);
  }
}

// Served inert (common/images/inert-file.ts): an SVG opened on its own runs no script and loads nothing.
@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/sponsors')
export class PublicSponsorLogoController {
  constructor(private readonly logos: SponsorLogoService) {}

  @ApiFile('application/octet-stream')
  @Get(':id/logo')
  async logo(
    @Param('id', IdPipe) id: number,
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const file = await this.logos.open(id, expires, signature);
    setInertImageHeaders(response, !!signature);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `inline; filename="${file.filename}"`,
      length: file.size,
    });
  }
}
