import { Injectable } from '@nestjs/common';
import { SPONSOR_LOGO_MAX_BYTES, SponsorshipErrorCodes } from '@summitdesk/contracts';
import { UploadErrorsInterceptor } from '../common/images/upload-errors.interceptor.js';

@Injectable()
export class LogoUploadInterceptor extends UploadErrorsInterceptor {
  protected readonly codes = {
    what: 'logo',
    maxBytes: SPONSOR_LOGO_MAX_BYTES,
    tooLarge: SponsorshipErrorCodes.LOGO_TOO_LARGE,
    missing: SponsorshipErrorCodes.LOGO_MISSING,
  };
}
