import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth.decorators.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  // For load balancers: 200 only when the database answers and every migration is applied.
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.dataSource.showMigrations();
      if (pending) response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: pending ? 'migrations pending' : 'ok', database: 'up', migrationsPending: pending };
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'database unreachable', database: 'down' };
    }
  }
}
