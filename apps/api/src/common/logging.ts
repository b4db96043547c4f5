import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export function createLogger(level: string): Logger {
  // Asynchronous writes keep logging off the request path.
  return pino({ level, base: { service: 'summitdesk-api' } }, pino.destination({ sync: false }));
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

// Mailed links carry their secret as ?token=…; opening one loads the admin page through us, and
// the secret must not end up in the access log.
export const redactUrl = (url: string) => url.replace(/([?&#](?:token|access_token)=)[^&#]*/gi, '$1[redacted]');

// One structured line per request, with an id that is echoed back as X-Request-Id.
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: redactUrl(request.url),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    autoLogging: { ignore: (request) => /^\/api\/(health(\/live|\/ready)?|metrics)$/.test(request.url ?? '') },
  });
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
