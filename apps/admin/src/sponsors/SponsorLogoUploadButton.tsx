import { SPONSOR_LOGO_MAX_BYTES, SponsorLogoMediaTypes } from '@summitdesk/contracts';
import { FileUploadButton } from '../common/FileUploadButton';

// PNG or SVG; the API checks the content.
export const SponsorLogoUploadButton = () => (
  <FileUploadButton
    resource="sponsors"
    field="logo"
    accept={SponsorLogoMediaTypes.join(',')}
    maxBytes={SPONSOR_LOGO_MAX_BYTES}
    hasFile={(record) => !!record.logoUrl}
    labels={{
      upload: 'summitdesk.sponsors.upload_logo',
      replace: 'summitdesk.sponsors.replace_logo',
      tooLarge: 'summitdesk.sponsors.logo_too_large',
      uploaded: 'summitdesk.sponsors.logo_uploaded',
    }}
  />
);
