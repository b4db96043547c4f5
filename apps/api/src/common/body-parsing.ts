import { CommonErrorCodes } from '@summitdesk/contracts';
import express, { type NextFunction, type Request, type Response } from 'express';
import { errorBody } from './error.filter.js';

type RawBodyRequest = Request & { rawBody?: Buffer };

const ONE_CLICK_PATH = '/api/public/unsubscribe';
const oneClickForm = express.urlencoded({ extended: false, limit: '2kb', parameterLimit: 5 });

// JSON bodies only, parsed here rather than by Nest so that malformed JSON (400), an oversized body
// (413) and a body of another type (415) answer with the same error shape as everything else.
// The raw bytes are kept for webhook signature checks.
export function jsonBodies(limit: string) {
  const parse = express.json({
    limit,
    verify: (request: RawBodyRequest, _response, buffer) => {
      request.rawBody = buffer;
    },
  });
  return (request: RawBodyRequest, response: Response, next: NextFunction) => {
    // A route that read its own raw body first (the Stripe webhook) is left alone.
    if (request.rawBody) return next();
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (hasBody && !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(request.method)) {
      const isJson = request.is(['application/json', 'application/*+json']);
      const isUpload = request.is('multipart/form-data');
      // RFC 8058: mail clients unsubscribe with a form post (`List-Unsubscribe=One-Click`).
      if (!isJson && request.path === ONE_CLICK_PATH && request.is('application/x-www-form-urlencoded')) {
        return oneClickForm(request, response, () => {
          request.body ??= {};
          next();
        });
      }
      if (!isJson && !isUpload) {
        response.status(415).json(errorBody(415, CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json'));
        return;
      }
    }
    // PostgreSQL text cannot hold NUL; refused here, it never reaches a query as a 500.
    if (/%00/i.test(request.url)) {
      response.status(400).json(errorBody(400, CommonErrorCodes.VALIDATION, 'The address contains a NUL character'));
      return;
    }
    parse(request, response, (error?: { type?: string; status?: number; message?: string }) => {
      if (!error) {
        if (containsNul(request.body)) {
          response.status(400).json(errorBody(400, CommonErrorCodes.VALIDATION, 'The body contains a NUL character'));
          return;
        }
        // No body at all (`curl -X POST`) reads as an empty one, so an action whose fields are all
        // optional works without one and a form without one is told which fields it misses.
        if (request.body === undefined && !request.is('multipart/form-data')) request.body = {};
        return next();
      }
      if (error.type === 'entity.too.large') {
        response.status(413).json(errorBody(413, CommonErrorCodes.TOO_LARGE, `The body is larger than the ${limit} allowed`));
      } else if (error.type === 'entity.parse.failed') {
        response.status(400).json(errorBody(400, CommonErrorCodes.MALFORMED_JSON, 'The body is not valid JSON'));
      } else {
        response
          .status(error.status ?? 400)
          .json(errorBody(error.status ?? 400, CommonErrorCodes.VALIDATION, error.message ?? 'The body could not be read'));
      }
    });
  };
}

// Walked with a stack rather than recursion: a deeply nested body must not overflow the call stack.
function containsNul(body: unknown): boolean {
  const pending: unknown[] = [body];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\0')) return true;
    } else if (value && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) {
        if (key.includes('\0')) return true;
        pending.push(entry);
      }
    }
  }
  return false;
}
