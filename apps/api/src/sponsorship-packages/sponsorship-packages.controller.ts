import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateSponsorshipPackageSchema, UpdateSponsorshipPackageSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { SponsorshipPackagesService } from './sponsorship-packages.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class CreateSponsorshipPackageDto extends createZodDto(CreateSponsorshipPackageSchema) {}
class UpdateSponsorshipPackageDto extends createZodDto(UpdateSponsorshipPackageSchema) {}

// Every signed-in member may see what is for sale; organizers manage the packages.
@ApiTags('sponsorship-packages')
@ApiBearerAuth()
@SignedIn()
@ApiRefusals()
@Controller('sponsorship-packages')
export class SponsorshipPackagesController {
  constructor(private readonly packages: SponsorshipPackagesService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.packages.list(query);
  }

  @ApiRecord()
  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.packages.findOne(id);
  }

  @Roles('organizer')
  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSponsorshipPackageDto) {
    return this.packages.create(actor, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateSponsorshipPackageDto) {
    return this.packages.update(actor, id, body);
  }

  @Roles('organizer')
  @ApiRecord()
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.packages.remove(actor, id);
  }
}
