import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  // Asynchronous writes keep logging off the request path.
  return pino({ level, base: { service: 'summitdesk-api' } }, pino.destination({ sync: false }));
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

// Mailed links carry their secret as ?token=…; opening one loads the admin page through us, and
// the secret must not end up in the access log.
export const redactUrl = (url: string) => url.replace(/([?&#](?:token|access_token)=)[^&#]*/gi, '$1[redacted]');

// Probes and scrapes come every few seconds: logging them would drown the requests people make.
const QUIET_PATHS = /^\/api\/(health(\/live|\/ready)?|metrics)$/;

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

// One structured line per request, with an id that is echoed back as X-Request-Id. Hand-written
// rather than pino-http: no child logger or serializers per request, and nothing at all to do past
// the id when the level is above `info` (bench/README.md has the numbers).
export function requestLogger(logger: Logger): Middleware {
  return (request, response, next) => {
    const given = request.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    response.setHeader('X-Request-Id', id);
    const url = request.url ?? '';
    if (!logger.isLevelEnabled('info') || QUIET_PATHS.test(url)) return next();
    const started = performance.now();
    response.once('finish', () => {
      const line = {
        req: { id, method: request.method, url: redactUrl(url) },
        res: { statusCode: response.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (response.statusCode >= 500) logger.error(line, 'request errored');
      else logger.info(line, 'request completed');
    });
    next();
  };
}

// Nest's own messages (startup, errors) through the same pino logger.
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
