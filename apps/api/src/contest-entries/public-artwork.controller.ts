import { Controller, Get, Param, ParseEnumPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { setInertImageHeaders } from '../common/images/inert-file.js';
import type { ArtworkKind } from './artwork-links.js';
import { ArtworkService } from './artwork.service.js';
import { ApiFile, ApiRefusals } from '../common/api-responses.js';

// Served inert (common/images/inert-file.ts): an SVG opened on its own runs no script and loads nothing.
@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/contest-entries')
export class PublicArtworkController {
  constructor(private readonly artwork: ArtworkService) {}

  @ApiFile('application/octet-stream')
  @Get(':id/:kind')
  async serve(
    @Param('id', IdPipe) id: number,
    @Param('kind', new ParseEnumPipe(['artwork', 'thumbnail'])) kind: ArtworkKind,
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const file = await this.artwork.open(id, kind, expires, signature);
    setInertImageHeaders(response, !!signature);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `inline; filename="${file.filename}"`,
      length: file.size,
    });
  }
}
