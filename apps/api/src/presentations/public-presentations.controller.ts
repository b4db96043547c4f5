import { Controller, Get, HttpCode, Param, Post, ParseEnumPipe, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { setInertImageHeaders } from '../common/images/inert-file.js';
import { PresentationsService } from './presentations.service.js';
import type { Visitor } from './visitor-hits.js';
import { ApiFile, ApiRecord, ApiRecords, ApiRefusals, ApiResult } from '../common/api-responses.js';

// The request's address (X-Forwarded-For only from proxies named in TRUST_PROXY) and browser: hashed
// with the day's salt to count a visitor once a day, never stored.
const visitorOf = (request: Request): Visitor => ({ ip: request.ip ?? '', userAgent: String(request.headers['user-agent'] ?? '') });

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/presentations')
export class PublicPresentationsController {
  constructor(private readonly presentations: PresentationsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.presentations.publicList(query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.presentations.publicFindOne(id);
  }

  // The public page reports that it was opened (a view) or that the slides were fetched from it (a
  // download): counted once per visitor and day, answered with the talk's new figures. Counting is a
  // POST so that reading the library never writes.
  @HttpCode(200)
  @ApiResult()
  @Post(':id/views')
  view(@Param('id', IdPipe) id: number, @Req() request: Request) {
    return this.presentations.count(id, 'view', visitorOf(request));
  }

  @HttpCode(200)
  @ApiResult()
  @Post(':id/downloads')
  download(@Param('id', IdPipe) id: number, @Req() request: Request) {
    return this.presentations.count(id, 'download', visitorOf(request));
  }

  // Files are served inert; listed talks' files to anyone, the others through a signed link.
  @ApiFile('application/octet-stream')
  @Get(':id/:kind')
  async serve(
    @Param('id', IdPipe) id: number,
    @Param('kind', new ParseEnumPipe(['slides', 'preview'])) kind: 'slides' | 'preview',
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const file = await this.presentations.open(id, kind, { expires, signature });
    setInertImageHeaders(response, !!signature);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `${kind === 'slides' ? 'attachment' : 'inline'}; filename="${file.filename}"`,
      length: file.size,
    });
  }
}
