import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module.js';
import { jsonBodies } from './common/body-parsing.js';
import { STRIPE_WEBHOOK_PATH, stripeWebhookBody } from './stripe/stripe-webhook-body.js';
import { createLogger, PinoNestLogger, requestLogger } from './common/logging.js';
import type { AppConfig } from './config/config.js';
import type { DatabaseTarget } from './database/data-source.js';
import { MetricsService } from './metrics/metrics.service.js';

function trustProxySetting(value: string): boolean | number | string {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export async function createApp(config: AppConfig, database: DatabaseTarget): Promise<NestExpressApplication> {
  const logger = createLogger(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  // Client addresses (rate limits, logs) come from X-Forwarded-For only for proxies named here;
  // by default the header is ignored, so it cannot be spoofed to dodge the login limit.
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  // `<`, `>` and `&` in JSON answers are written as \u003c…: text a client sent (a field name in an
  // error, a stored title) never reaches a browser as markup, even one that sniffs.
  app.set('json escape', true);
  // Request durations by route template, for /api/metrics (only when metrics are served at all).
  if (config.METRICS === 'on' || config.METRICS_TOKEN) app.use(app.get(MetricsService).observeRequests());
  app.use(requestLogger(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // Deployments often sit behind a TLS-terminating proxy or run on plain http locally.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  if (config.CORS_ORIGIN) {
    // Only the listed origins, and only the header react-admin's lists need; the admin itself is
    // served from the API's origin (or through Vite's proxy), so it needs no CORS at all.
    app.enableCors({
      origin: config.CORS_ORIGIN.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      exposedHeaders: ['Content-Range'],
    });
  }
  // Before the JSON parser: Stripe's signature is checked on the exact bytes it sent.
  app.use(STRIPE_WEBHOOK_PATH, stripeWebhookBody());
  app.use(jsonBodies(config.BODY_LIMIT));
  app.setGlobalPrefix('api');

  if (config.openApiDocs) {
    // Built on the first visit to /api/docs, not at start: describing every route takes seconds.
    const document = () =>
      cleanupOpenApiDoc(
        SwaggerModule.createDocument(
          app,
          new DocumentBuilder()
            .setTitle('Summitdesk API')
            .setDescription('The events program portal: see DESIGN §3')
            .setVersion('1')
            .addBearerAuth()
            .build(),
        ),
      );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }

  serveAdmin(app, config.ADMIN_DIST);
  return app;
}

// The built admin at `/`, with every non-API path answered by index.html for client-side routes.
function serveAdmin(app: NestExpressApplication, adminDist: string) {
  const index = join(adminDist, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(adminDist, { index: false, maxAge: '1h' }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
