import { Injectable, type CanActivate, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { CommonErrorCodes, MAX_INT4 } from '@summitdesk/contracts';
import type { Request } from 'express';
import { AppError } from './app-error.js';

const noSuchRecord = () => new AppError(404, CommonErrorCodes.NOT_FOUND, 'No record has this id');

// Ids in paths are positive PostgreSQL integers; anything else (0, negative, not a number, past the
// integer range) cannot name a record, so it is a 404 answered before the database is asked.
function parseId(value: string): number {
  const id = /^\d{1,10}$/.test(value) ? Number(value) : 0;
  if (id < 1 || id > MAX_INT4) throw noSuchRecord();
  return id;
}

@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    return parseId(value);
  }
}

// Nest resolves a handler's arguments together, so a body that fails validation could answer 400
// before IdPipe answers 404. This guard checks every id-like path parameter (`id`, `photoId`, …)
// first, so that a bad id is a 404 on every route whatever else the request carries.
@Injectable()
export class IdParamsGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const params = context.switchToHttp().getRequest<Request>().params ?? {};
    for (const [name, value] of Object.entries(params)) {
      if (/^id$|Id$/.test(name) && typeof value === 'string') parseId(value);
    }
    return true;
  }
}
