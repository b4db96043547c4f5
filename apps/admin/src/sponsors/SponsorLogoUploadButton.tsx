import { useRef, useState, type ChangeEvent } from 'react';
import UploadIcon from '@mui/icons-material/Upload';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { SPONSOR_LOGO_MAX_BYTES, SponsorLogoMediaTypes, type Sponsor } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { errorMessage } from '../common/errors';

// PNG or SVG; the API checks the content, so the picker's filter is only a convenience.
export const SponsorLogoUploadButton = () => {
  const record = useRecordContext<Sponsor>();
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
    if (file.size > SPONSOR_LOGO_MAX_BYTES) {
      notify('summitdesk.sponsors.logo_too_large', {
        type: 'error',
        messageArgs: { size: Math.round(SPONSOR_LOGO_MAX_BYTES / 1024 / 1024) },
      });
      return;
    }
    setPending(true);
    try {
      await dataProvider.upload('sponsors', { id: record.id, field: 'logo', file });
      notify('summitdesk.sponsors.logo_uploaded', { type: 'success' });
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
        label={record.logoUrl ? 'summitdesk.sponsors.replace_logo' : 'summitdesk.sponsors.upload_logo'}
        disabled={isPending}
        onClick={() => input.current?.click()}
      >
        <UploadIcon />
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={SponsorLogoMediaTypes.join(',')}
        aria-label={translate('summitdesk.sponsors.upload_logo')}
        onChange={(event) => void upload(event)}
      />
    </>
  );
};
