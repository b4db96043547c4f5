import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators.js';
import { HealthRepository } from './health.repository.js';
import { ApiRefusals, ApiResult } from '../common/api-responses.js';

@ApiTags('health')
@Public()
@ApiRefusals()
@Controller('health')
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  // For load balancers: 200 only when the database answers and every migration is applied.
  @ApiResult()
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      const pending = await this.database.migrationsPending();
      if (pending) response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: pending ? 'migrations pending' : 'ok', database: 'up', migrationsPending: pending };
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'database unreachable', database: 'down' };
    }
  }
}
