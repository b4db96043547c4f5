import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CommonErrorCodes } from '@summitdesk/contracts';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError, notFound } from '../common/app-error.js';
import { Public } from '../common/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MetricsService } from './metrics.service.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

// Prometheus scrapes here. Off by default (404); METRICS=on serves everyone; METRICS_TOKEN serves
// only `Authorization: Bearer <token>` (and turns the endpoint on by itself).
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response) {
    const token = this.config.METRICS_TOKEN;
    if (!token && this.config.METRICS !== 'on') throw notFound('Metrics');
    if (token) {
      const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(given), digest(token))) {
        throw new AppError(HttpStatus.UNAUTHORIZED, CommonErrorCodes.UNAUTHENTICATED, 'The metrics need the bearer token', undefined, {
          'WWW-Authenticate': 'Bearer realm="metrics"',
        });
      }
    }
    response.type(this.metrics.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.registry.metrics();
  }
}
