import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateDigestSchema, DigestActionSchema, UpdateDigestSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, Roles } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { DigestsService } from './digests.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreateDigestDto extends createZodDto(CreateDigestSchema) {}
class UpdateDigestDto extends createZodDto(UpdateDigestSchema) {}
class DigestActionDto extends createZodDto(DigestActionSchema) {}
class ArchiveQueryDto extends createZodDto(z.object({ lang: z.enum(['en', 'de']).optional() }).strict()) {}

@ApiTags('digests')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller('digests')
export class DigestsController {
  constructor(private readonly digests: DigestsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.digests.list(query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.digests.findOne(id);
  }

  // Composes the week's draft from the data (or refreshes the existing draft).
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateDigestDto) {
    return this.digests.create(actor, body.week);
  }

  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateDigestDto) {
    return this.digests.update(actor, id, body);
  }

  @HttpCode(200)
  @ApiRecord()
  @Post(':id/send')
  send(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: DigestActionDto) {
    return this.digests.send(actor, id, body.version);
  }
}

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/digests')
export class PublicDigestsController {
  constructor(private readonly digests: DigestsService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.digests.publicList(query);
  }

  @ApiRecord()
  @Get(':week')
  findOne(@Param('week') week: string, @Query() query: ArchiveQueryDto) {
    return this.digests.publicOne(week, query.lang);
  }
}
