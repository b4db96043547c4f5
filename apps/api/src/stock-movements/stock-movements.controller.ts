import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RestockSchema, WriteOffSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Roles } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { StockMovementsService } from './stock-movements.service.js';
import { ApiRecord, ApiRecords, ApiRefusals } from '../common/api-responses.js';

class RestockDto extends createZodDto(RestockSchema) {}
class WriteOffDto extends createZodDto(WriteOffSchema) {}

@ApiTags('stock-movements')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller()
export class StockMovementsController {
  constructor(private readonly movements: StockMovementsService) {}

  @ApiRecords()
  @Get('stock-movements')
  list(@Query() query: Record<string, unknown>) {
    return this.movements.list(query);
  }

  @HttpCode(200)
  @ApiRecord()
  @Post('inventory-items/:id/restock')
  restock(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: RestockDto) {
    return this.movements.restock(actor, id, body);
  }

  @HttpCode(200)
  @ApiRecord()
  @Post('inventory-items/:id/write-off')
  writeOff(@CurrentUser() actor: AuthUser, @Param('id', IdPipe) id: number, @Body() body: WriteOffDto) {
    return this.movements.writeOff(actor, id, body);
  }
}
