import { HttpStatus } from '@nestjs/common';
import { CommonErrorCodes } from '@summitdesk/contracts';

// The one error type services throw; the error filter turns it into the body of DESIGN §3.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(HttpStatus.NOT_FOUND, CommonErrorCodes.NOT_FOUND, `${what} not found`);

export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(HttpStatus.FORBIDDEN, CommonErrorCodes.FORBIDDEN, message);

export const staleVersion = (what: string) =>
  new AppError(
    HttpStatus.CONFLICT,
    CommonErrorCodes.STALE_VERSION,
    `${what} was changed by someone else since you loaded it; reload and try again`,
  );

export const unprocessable = (code: string, message: string, errors?: Record<string, string>) =>
  new AppError(HttpStatus.UNPROCESSABLE_ENTITY, code, message, errors);

export const conflict = (code: string, message: string, errors?: Record<string, string>) =>
  new AppError(HttpStatus.CONFLICT, code, message, errors);

export const badRequest = (code: string, message: string, errors?: Record<string, string>) =>
  new AppError(HttpStatus.BAD_REQUEST, code, message, errors);
