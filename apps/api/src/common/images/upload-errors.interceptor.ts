import { BadRequestException, CallHandler, ExecutionContext, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import type { Request } from 'express';
import { unlink } from 'node:fs/promises';
import { catchError, finalize, throwError } from 'rxjs';
import { AppError } from '../app-error.js';

export type UploadErrorCodes = { what: string; maxBytes: number; tooLarge: string; missing: string };

// Wraps Nest's FileInterceptor (declared after it, so this one runs outside it):
// - multer's terse "File too large" / "Unexpected field" become errors that say what to do and name
//   the form field, like every other error of the API;
// - the temporary file multer streamed to disk is removed however the request ends, including when
//   a pipe refuses the request after the upload.
// Each feature subclasses it with its own codes.
export abstract class UploadErrorsInterceptor implements NestInterceptor {
  protected abstract readonly codes: UploadErrorCodes;

  intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest<Request & { file?: { path?: string } }>();
    const { what, maxBytes, tooLarge, missing } = this.codes;
    const megabytes = maxBytes / 1024 / 1024;
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          return throwError(
            () =>
              new AppError(413, tooLarge, `The ${what} is larger than the ${megabytes} MB allowed; export it smaller and try again`, {
                file: `must be at most ${megabytes} MB`,
              }),
          );
        }
        if (error instanceof BadRequestException) {
          return throwError(
            () =>
              new AppError(400, missing, `Send one image as the multipart field "file" (${error.message})`, {
                file: 'must be sent as the only multipart field "file"',
              }),
          );
        }
        return throwError(() => error);
      }),
      finalize(() => {
        if (request.file?.path) void unlink(request.file.path).catch(() => undefined);
      }),
    );
  }
}
