import { Injectable } from '@nestjs/common';
import { PresentationErrorCodes, SLIDES_MAX_BYTES } from '@summitdesk/contracts';
import { UploadErrorsInterceptor } from '../common/images/upload-errors.interceptor.js';

@Injectable()
export class SlidesUploadInterceptor extends UploadErrorsInterceptor {
  protected readonly codes = {
    what: 'slide deck',
    maxBytes: SLIDES_MAX_BYTES,
    tooLarge: PresentationErrorCodes.SLIDES_TOO_LARGE,
    missing: PresentationErrorCodes.SLIDES_MISSING,
  };
}
