import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OrderBannerSchema, ReceiveBannerSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { BannerOrdersService } from './banner-orders.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class OrderBannerDto extends createZodDto(OrderBannerSchema) {}
class ReceiveBannerDto extends createZodDto(ReceiveBannerSchema) {}

@ApiTags('banners')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller('banner-orders')
export class BannerOrdersController {
  constructor(private readonly orders: BannerOrdersService) {}

  @ApiRecords()
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.orders.list(query);
  }

  @ApiRecord(201)
  @Post()
  order(@CurrentUser() actor: AuthUser, @Body() body: OrderBannerDto) {
    return this.orders.order(actor, body);
  }

  @HttpCode(200)
  @ApiRecord()
  @Post(':id/receive')
  receive(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ReceiveBannerDto) {
    return this.orders.receive(actor, id, body);
  }
}
