import { SLIDES_MAX_BYTES } from '@summitdesk/contracts';
import { FileUploadButton } from '../common/FileUploadButton';

// A PDF; the API checks the content (and draws the preview).
export const SlidesUploadButton = () => (
  <FileUploadButton
    resource="presentations"
    field="slides"
    accept="application/pdf,.pdf"
    maxBytes={SLIDES_MAX_BYTES}
    hasFile={(record) => !!record.slidesUrl}
    labels={{
      upload: 'summitdesk.presentations.upload_slides',
      replace: 'summitdesk.presentations.replace_slides',
      tooLarge: 'summitdesk.presentations.too_large',
      uploaded: 'summitdesk.presentations.uploaded',
    }}
    testId="slides-input"
  />
);
