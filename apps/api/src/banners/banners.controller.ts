import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AssignBannerSchema, CreateBannerSchema, LoseBannerSchema, UpdateBannerSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { BannersService } from './banners.service.js';
import { ApiRecord, ApiRecords, ApiRefusals, ApiResults } from '../common/api-responses.js';

class CreateBannerDto extends createZodDto(CreateBannerSchema) {}
class UpdateBannerDto extends createZodDto(UpdateBannerSchema) {}
class LoseBannerDto extends createZodDto(LoseBannerSchema) {}
class AssignBannerDto extends createZodDto(AssignBannerSchema) {}

// Every signed-in member may read the banners (a booth proposal may ask for one by name);
// organizers keep them and see their chain of custody.
@ApiTags('banners')
@ApiBearerAuth()
@ApiRefusals()
@Controller('banners')
export class BannersController {
  constructor(private readonly banners: BannersService) {}

  @SignedIn()
  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.banners.list(query);
  }

  @SignedIn()
  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.banners.findOne(id);
  }

  // The chain of custody: every hand and place, with the condition at each hand-over.
  @Roles('organizer')
  @ApiResults()
  @Get(':id/history')
  history(@Param('id', IdPipe) id: number) {
    return this.banners.history(id);
  }

  @Roles('organizer')
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateBannerDto) {
    return this.banners.create(actor, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateBannerDto) {
    return this.banners.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.banners.remove(actor, id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/lose')
  lose(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: LoseBannerDto) {
    return this.banners.lose(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/assign')
  assign(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AssignBannerDto) {
    return this.banners.assign(actor, id, body.boothProposalId);
  }
}
