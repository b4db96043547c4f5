import { Injectable, PipeTransform } from '@nestjs/common';
import { CommonErrorCodes } from '@summitdesk/contracts';
import { AppError } from './app-error.js';

// Ids in paths are positive integers; anything else cannot name a record, so it is a 404, not a 500.
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{1,9}$/.test(value) || Number(value) === 0) throw new AppError(404, CommonErrorCodes.NOT_FOUND, 'No record has this id');
    return Number(value);
  }
}
