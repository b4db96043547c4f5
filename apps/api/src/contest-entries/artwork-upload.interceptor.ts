import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { ARTWORK_MAX_BYTES, ContestErrorCodes } from '@summitdesk/contracts';
import type { Request } from 'express';
import { unlink } from 'node:fs/promises';
import { catchError, finalize, throwError } from 'rxjs';
import { AppError } from '../common/app-error.js';

const MEGABYTES = ARTWORK_MAX_BYTES / 1024 / 1024;

// Wraps Nest's FileInterceptor (declared after it, so this one runs outside it):
// - multer's terse "File too large" / "Unexpected field" become errors that say what to do and name
//   the form field, like every other error of the API;
// - the temporary file multer streamed to disk is removed however the request ends, including when
//   a pipe refuses the request after the upload.
@Injectable()
export class ArtworkUploadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest<Request & { file?: { path?: string } }>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          return throwError(() => new AppError(413, ContestErrorCodes.ARTWORK_TOO_LARGE, `The artwork is larger than the ${MEGABYTES} MB allowed; export it smaller and try again`, { file: `must be at most ${MEGABYTES} MB` }));
        }
        if (error instanceof BadRequestException) {
          return throwError(() => new AppError(400, ContestErrorCodes.ARTWORK_MISSING, `Send one image as the multipart field "file" (${error.message})`, { file: 'must be sent as the only multipart field "file"' }));
        }
        return throwError(() => error);
      }),
      finalize(() => {
        if (request.file?.path) void unlink(request.file.path).catch(() => undefined);
      }),
    );
  }
}
