import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AppModule } from './app.module.js';
import { jsonBodies } from './common/body-parsing.js';
import { SummitdeskHttpAdapter } from './common/http-adapter.js';
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
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database), new SummitdeskHttpAdapter(), {
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
  if (config.INSTANCE_NAME) {
    const instance = config.INSTANCE_NAME;
    app.use((_request: express.Request, response: express.Response, next: express.NextFunction) => {
      response.setHeader('X-Served-By', instance);
      next();
    });
  }
  // Request durations by route template, for /api/metrics (only when metrics are served at all).
  if (config.METRICS === 'on' || config.METRICS_TOKEN) app.use(app.get(MetricsService).observeRequests());
  app.use(requestLogger(logger));
  app.use(securityHeaders());
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

// Helmet's headers, worked out once: the same set goes on every answer, so each request only copies
// them instead of running helmet's dozen middlewares.
function securityHeaders() {
  const headers = new Map<string, string | number | readonly string[]>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
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
  })({} as never, recorder as never, () => undefined);
  const entries = [...headers];
  return (_request: express.Request, response: express.Response, next: express.NextFunction) => {
    for (const [name, value] of entries) response.setHeader(name, value);
    next();
  };
}

// The built admin at `/`, with every non-API path answered by index.html for client-side routes.
// Mounted for non-API paths only, so that no /api request pays for a file-system lookup. Hashed
// files under assets/ never change: they are cached for a year and served precompressed (brotli or
// gzip, written next to them at build time) when the browser accepts it.
function serveAdmin(app: NestExpressApplication, adminDist: string) {
  const index = join(adminDist, 'index.html');
  if (!existsSync(index)) return;
  const files = express.static(adminDist, {
    index: false,
    maxAge: '1h',
    setHeaders: (response, path) => {
      if (path.startsWith(join(adminDist, 'assets'))) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.path.startsWith('/api')) return next();
    if (request.path.startsWith('/assets/') && (request.method === 'GET' || request.method === 'HEAD')) {
      const encoding = precompressed(request, join(adminDist, request.path));
      if (encoding) {
        response.setHeader('Content-Encoding', encoding.name);
        response.setHeader('Vary', 'Accept-Encoding');
        response.type(extname(request.path));
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        // `root` makes send refuse any path that climbs out of the admin's folder.
        return response.sendFile(request.path.slice(1) + encoding.suffix, { root: adminDist, cacheControl: false }, (error) => {
          if (error && !response.headersSent) {
            response.removeHeader('Content-Encoding');
            next();
          }
        });
      }
    }
    files(request, response, () => {
      if (request.method !== 'GET') return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  });
}

// The best precompressed copy (`.br`, then `.gz`) of an asset that the browser accepts, if built.
function precompressed(request: express.Request, path: string): { name: string; suffix: string } | undefined {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  for (const [name, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (new RegExp(`\\b${name}\\b`).test(accepted) && existsSync(path + suffix)) return { name, suffix };
  }
  return undefined;
}
