import { useRef, useState, type ChangeEvent } from 'react';
import UploadIcon from '@mui/icons-material/Upload';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { Button } from './Button';
import type { SummitdeskDataProvider } from '../dataProvider';
import { useNotifyError } from './errors';

type Props = {
  // POST /api/<resource>/:id/<field>, as multipart "file".
  resource: string;
  field: string;
  // The picker's filter: only a convenience, the API checks the bytes.
  accept: string;
  maxBytes: number;
  // Whether the record has a file already (the button then says "Replace …").
  hasFile: (record: RaRecord) => boolean;
  // Message keys: the button's two labels, the refusal of a too large file (%{size} MB), the success.
  labels: { upload: string; replace: string; tooLarge: string; uploaded: string };
  testId?: string;
};

// One file on one record (a talk's slides, a sponsor's logo): a button that opens the picker,
// refuses a file over the limit before sending it, uploads it and refreshes the record.
export const FileUploadButton = ({ resource, field, accept, maxBytes, hasFile, labels, testId }: Props) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [isPending, setPending] = useState(false);
  if (!record) return null;

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > maxBytes) {
      notify(labels.tooLarge, { type: 'error', messageArgs: { size: Math.round(maxBytes / 1024 / 1024) } });
      return;
    }
    setPending(true);
    try {
      await dataProvider.upload(resource, { id: record.id, field, file });
      notify(labels.uploaded, { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label={hasFile(record) ? labels.replace : labels.upload} disabled={isPending} onClick={() => input.current?.click()}>
        <UploadIcon />
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={translate(labels.upload)}
        data-testid={testId}
        onChange={(event) => void upload(event)}
      />
    </>
  );
};
