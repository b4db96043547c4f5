import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateSponsorshipPackageSchema, UpdateSponsorshipPackageSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { SponsorshipPackagesService } from './sponsorship-packages.service.js';

class CreateSponsorshipPackageDto extends createZodDto(CreateSponsorshipPackageSchema) {}
class UpdateSponsorshipPackageDto extends createZodDto(UpdateSponsorshipPackageSchema) {}

// Every signed-in member may see what is for sale; organizers manage the packages.
@ApiTags('sponsorship-packages')
@ApiBearerAuth()
@SignedIn()
@Controller('sponsorship-packages')
export class SponsorshipPackagesController {
  constructor(private readonly packages: SponsorshipPackagesService) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.packages.list(query);
  }

  @Get(':id')
  findOne(@Param('id', IdPipe) id: number) {
    return this.packages.findOne(id);
  }

  @Roles('organizer')
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSponsorshipPackageDto) {
    return this.packages.create(actor, body);
  }

  @Roles('organizer')
  @Put(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateSponsorshipPackageDto) {
    return this.packages.update(actor, id, body);
  }

  @Roles('organizer')
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.packages.remove(actor, id);
  }
}
