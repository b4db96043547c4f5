import { useRef, useState, type ChangeEvent } from 'react';
import UploadIcon from '@mui/icons-material/Upload';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { SLIDES_MAX_BYTES, type Presentation } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { errorMessage } from '../common/errors';

// A PDF; the API checks the content (and draws the preview), so the picker's filter is only a convenience.
export const SlidesUploadButton = () => {
  const record = useRecordContext<Presentation>();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [isPending, setPending] = useState(false);
  if (!record) return null;

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > SLIDES_MAX_BYTES) {
      notify('summitdesk.presentations.too_large', { type: 'error', messageArgs: { size: Math.round(SLIDES_MAX_BYTES / 1024 / 1024) } });
      return;
    }
    setPending(true);
    try {
      await dataProvider.upload('presentations', { id: record.id, field: 'slides', file });
      notify('summitdesk.presentations.uploaded', { type: 'success' });
      refresh();
    } catch (error) {
      const message = errorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        label={record.slidesUrl ? 'summitdesk.presentations.replace_slides' : 'summitdesk.presentations.upload_slides'}
        disabled={isPending}
        onClick={() => input.current?.click()}
      >
        <UploadIcon />
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept="application/pdf,.pdf"
        aria-label={translate('summitdesk.presentations.upload_slides')}
        data-testid="slides-input"
        onChange={(event) => void upload(event)}
      />
    </>
  );
};
