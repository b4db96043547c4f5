import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators.js';
import { QueueService } from '../queue/queue.service.js';
import { HealthRepository } from './health.repository.js';
import { ApiRefusals, ApiResult } from '../common/api-responses.js';

type Check = 'up' | 'down' | 'current' | 'pending' | 'unknown' | 'running' | 'stopped';

@ApiTags('health')
@Public()
@ApiRefusals()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: HealthRepository,
    private readonly queue: QueueService,
  ) {}

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

  // Liveness: the process answers HTTP. Touches nothing else, so a slow database never gets a
  // healthy process restarted.
  @ApiResult()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  // Readiness: send traffic here only when the database answers, every migration is applied and the
  // queue runs; otherwise 503 naming what is not ready.
  @ApiResult()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const checks: { database: Check; migrations: Check; queue: Check } = { database: 'down', migrations: 'unknown', queue: 'stopped' };
    try {
      const pending = await this.database.migrationsPending();
      checks.database = 'up';
      checks.migrations = pending ? 'pending' : 'current';
    } catch {
      // database stays down, migrations unknown
    }
    checks.queue = this.queue.running ? 'running' : 'stopped';
    const notReady = Object.entries(checks)
      .filter(([, value]) => !['up', 'current', 'running'].includes(value))
      .map(([name]) => name);
    if (notReady.length > 0) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: notReady.length ? 'not ready' : 'ready', notReady, checks };
  }
}
