import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CancelSponsorshipSchema,
  CreateSponsorshipSchema,
  RecordSponsorshipPaymentSchema,
  RefundSponsorshipSchema,
} from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, Roles, SignedIn } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { SponsorShowcaseService } from './sponsor-showcase.service.js';
import { SponsorshipPurchasesService } from './sponsorship-purchases.service.js';
import { SponsorshipsService } from './sponsorships.service.js';
import { ApiRecord, ApiRecords, ApiRefusals, ApiResult, ApiResults } from '../common/api-responses.js';

class CreateSponsorshipDto extends createZodDto(CreateSponsorshipSchema) {}
class RecordSponsorshipPaymentDto extends createZodDto(RecordSponsorshipPaymentSchema) {}
class RefundSponsorshipDto extends createZodDto(RefundSponsorshipSchema) {}
class CancelSponsorshipDto extends createZodDto(CancelSponsorshipSchema) {}

@ApiTags('sponsorships')
@ApiBearerAuth()
@SignedIn()
@ApiRefusals()
@Controller('sponsorships')
export class SponsorshipsController {
  constructor(
    private readonly sponsorships: SponsorshipsService,
    private readonly purchases: SponsorshipPurchasesService,
  ) {}

  @ApiRecords()
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: Record<string, unknown>) {
    return this.sponsorships.list(actor, query);
  }

  // Declared before :id. What the pay button may offer (card only with Stripe keys).
  @ApiResult()
  @Get('payment-methods')
  paymentMethods() {
    return this.purchases.paymentOptions();
  }

  @ApiRecord()
  @Get(':id')
  findOne(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.sponsorships.findOne(actor, id);
  }

  @ApiRecord(201)
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateSponsorshipDto) {
    return this.purchases.create(actor, body);
  }

  @HttpCode(200)
  @ApiResult()
  @Post(':id/checkout')
  checkout(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.purchases.resumeCheckout(actor, id);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/record-payment')
  recordPayment(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: RecordSponsorshipPaymentDto) {
    return this.purchases.recordPayment(actor, id, body);
  }

  @Roles('organizer')
  @HttpCode(200)
  @ApiRecord()
  @Post(':id/refund')
  refund(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: RefundSponsorshipDto) {
    return this.purchases.refund(actor, id, body);
  }

  @HttpCode(200)
  @ApiRecord()
  @Post(':id/cancel')
  cancel(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: CancelSponsorshipDto) {
    return this.purchases.cancel(actor, id, body);
  }
}

// A booth's sponsors and its cost to the program, beside the booth record.
@ApiTags('booth-proposals')
@ApiBearerAuth()
@SignedIn()
@ApiRefusals()
@Controller('booth-proposals')
export class BoothSponsorsController {
  constructor(private readonly showcase: SponsorShowcaseService) {}

  @ApiResults()
  @Get(':id/sponsors')
  sponsors(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number) {
    return this.showcase.forBooth(actor, id);
  }
}

@ApiTags('public')
@Public()
@ApiRefusals()
@Controller('public/events')
export class PublicEventSponsorsController {
  constructor(private readonly showcase: SponsorShowcaseService) {}

  @ApiResults()
  @Get(':slug/sponsors')
  sponsors(@Param('slug') slug: string) {
    return this.showcase.forEvent(slug);
  }
}
