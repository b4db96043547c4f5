import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { CommonErrorCodes, type ErrorBody } from '@summitdesk/contracts';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { ZodError } from 'zod';
import { AppError } from './app-error.js';

export function errorBody(status: number, code: string, message: string, errors?: Record<string, string>): ErrorBody {
  return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', code, message, ...(errors ? { errors } : {}) };
}

// zod issues → react-admin's { field: message } shape; nested paths are dotted ("shippingAddress.city").
// Field names may be the client's own keys (`__proto__`, `constructor`), so the map has no prototype.
export function zodFieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = Object.create(null);
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[[...issue.path, key].join('.')] = 'is not a known field';
      continue;
    }
    const field = issue.path.join('.') || '_';
    errors[field] ??= issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? 'is required' : issue.message;
  }
  return errors;
}

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';
// Class 22, "data exception": a value out of range, of the wrong form, or that text cannot hold.
const PG_DATA_EXCEPTION_CLASS = '22';

// The key columns of a unique violation, named without their values: PostgreSQL's detail reads
// `Key (lower(email::text))=(someone@example.org) already exists.`, and the values are other people's data.
function uniqueViolationFields(detail: string | undefined): string[] {
  const keys = detail ? /^Key \((.+?)\)=\(/.exec(detail)?.[1] : undefined;
  if (!keys) return [];
  return keys
    .split(',')
    .map((key) =>
      key
        .trim()
        .replace(/::[a-z ]+/g, '')
        .replace(/^[a-z_]+\((.*)\)$/, '$1'),
    )
    .filter((column) => /^[a-z_][a-z0-9_]*$/.test(column))
    .map((column) => column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()));
}

// PostgreSQL's "connection exception" class, and the server shutting down or starting up
// (admin_shutdown, crash_shutdown, cannot_connect_now).
const PG_CONNECTION_EXCEPTION_CLASS = '08';
const PG_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
const CONNECTION_LOST = new RegExp(
  [
    'Connection terminated',
    'terminating connection',
    'Client has encountered a connection error',
    'database system is (starting up|shutting down|in recovery mode)',
  ].join('|'),
  'i',
);

// The database restarting or out of reach, rather than a fault in the request or the code: the
// request kept nothing, and the same request shortly afterwards is expected to work.
export function isDatabaseUnavailable(exception: unknown): boolean {
  for (let error = exception, depth = 0; error && typeof error === 'object' && depth < 3; depth += 1) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (PG_UNAVAILABLE_CODES.has(code) || code.startsWith(PG_CONNECTION_EXCEPTION_CLASS))) return true;
    if (typeof message === 'string' && CONNECTION_LOST.test(message)) return true;
    error = (error as { driverError?: unknown; cause?: unknown }).driverError ?? (error as { cause?: unknown }).cause;
  }
  return false;
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body, headers } = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } {
    if (exception instanceof AppError) {
      return {
        status: exception.status,
        body: errorBody(exception.status, exception.code, exception.message, exception.errors),
        headers: exception.headers,
      };
    }
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError() as ZodError;
      const errors = zodFieldErrors(zodError);
      const summary = Object.entries(errors)
        .map(([field, message]) => `${field} ${message}`)
        .join('; ');
      return { status: 400, body: errorBody(400, CommonErrorCodes.VALIDATION, `Invalid request: ${summary}`, errors) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return { status, body: errorBody(status, codeForStatus(status), message) };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code;
      if (code === PG_UNIQUE_VIOLATION) {
        const fields = uniqueViolationFields((exception as QueryFailedError & { detail?: string }).detail);
        const errors = Object.fromEntries(fields.map((field) => [field, 'is already taken']));
        const what = fields.length ? ` with this ${fields.join(' and ')}` : ' like this';
        return {
          status: 409,
          body: errorBody(409, CommonErrorCodes.DUPLICATE, `A record${what} already exists`, fields.length ? errors : undefined),
        };
      }
      if (code?.startsWith(PG_DATA_EXCEPTION_CLASS)) {
        return {
          status: 400,
          body: errorBody(400, CommonErrorCodes.VALIDATION, 'A value in the request has the wrong form or is out of range'),
        };
      }
      if (code === PG_CHECK_VIOLATION) {
        return { status: 422, body: errorBody(422, CommonErrorCodes.VALIDATION, 'The request breaks a rule of the data') };
      }
      if (code === PG_FOREIGN_KEY_VIOLATION) {
        return {
          status: 422,
          body: errorBody(422, CommonErrorCodes.VALIDATION, 'The request refers to a record that does not exist or is still in use'),
        };
      }
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        status: 503,
        body: errorBody(503, CommonErrorCodes.UNAVAILABLE, 'The database is briefly out of reach; please try again in a moment'),
        headers: { 'Retry-After': '2' },
      };
    }
    // Express and its middleware mark a client's fault the http-errors way (a malformed %-escape in
    // the path is a 400); their messages may echo the input, so only the status is passed on.
    const clientStatus = (exception as { status?: unknown } | null)?.status;
    if (exception instanceof Error && typeof clientStatus === 'number' && clientStatus >= 400 && clientStatus < 500) {
      return { status: clientStatus, body: errorBody(clientStatus, codeForStatus(clientStatus), 'The request could not be read') };
    }
    return { status: 500, body: errorBody(500, 'SERVER.ERROR', 'Something went wrong on our side; it has been logged') };
  }
}

function codeForStatus(status: number): string {
  switch (status) {
    case HttpStatus.UNAUTHORIZED:
      return CommonErrorCodes.UNAUTHENTICATED;
    case HttpStatus.FORBIDDEN:
      return CommonErrorCodes.FORBIDDEN;
    case HttpStatus.NOT_FOUND:
      return CommonErrorCodes.NOT_FOUND;
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return CommonErrorCodes.TOO_LARGE;
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE;
    case HttpStatus.TOO_MANY_REQUESTS:
      return CommonErrorCodes.RATE_LIMITED;
    default:
      return status < 500 ? CommonErrorCodes.VALIDATION : 'SERVER.ERROR';
  }
}
