import { Injectable } from '@nestjs/common';
import { ARTWORK_MAX_BYTES, ContestErrorCodes } from '@summitdesk/contracts';
import { UploadErrorsInterceptor } from '../common/images/upload-errors.interceptor.js';

@Injectable()
export class ArtworkUploadInterceptor extends UploadErrorsInterceptor {
  protected readonly codes = {
    what: 'artwork',
    maxBytes: ARTWORK_MAX_BYTES,
    tooLarge: ContestErrorCodes.ARTWORK_TOO_LARGE,
    missing: ContestErrorCodes.ARTWORK_MISSING,
  };
}
