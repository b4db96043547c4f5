import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth.decorators.js';
import { ShipmentWarningsService } from './shipment-warnings.service.js';
import { ApiRefusals, ApiResult, ApiResults } from '../common/api-responses.js';

// Registered before the shipments controller so that these paths win over `shipments/:id`.
@ApiTags('shipments')
@ApiBearerAuth()
@Roles('organizer')
@ApiRefusals()
@Controller('shipments')
export class ShipmentWarningsController {
  constructor(private readonly warnings: ShipmentWarningsService) {}

  @ApiResults()
  @Get('warnings')
  list() {
    return this.warnings.warnings(new Date());
  }

  // The dashboard's counts: parcels in flight, overdue parcels, banners out, open warnings.
  @ApiResult()
  @Get('dashboard')
  dashboard() {
    return this.warnings.dashboard(new Date());
  }
}
