import { useState } from 'react';
import { useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { ContestEntry } from '@summitdesk/contracts';
import { errorMessage } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';

// After the entry's words are saved, the chosen artwork goes up as a second request. If the server
// refuses the file, the entry is kept and the page says why, so the author can pick another.
export function useSaveWithArtwork() {
  const [file, setFile] = useState<File | undefined>();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();

  const afterSave = async (entry: ContestEntry, savedMessage: string) => {
    if (file) {
      notify('summitdesk.contest_entries.uploading', { type: 'info' });
      try {
        // Multipart field "file", as the API expects; the server checks the bytes, not this name or type.
        await dataProvider.upload('contest-entries', { id: entry.id, field: 'artwork', file });
        setFile(undefined);
        notify('summitdesk.contest_entries.uploaded', { type: 'success' });
      } catch (error) {
        notify('summitdesk.contest_entries.upload_failed', { type: 'error', messageArgs: { message: errorMessage(error, translate) } });
        redirect('edit', 'contest-entries', entry.id);
        return;
      }
    } else {
      notify(savedMessage, { type: 'info', messageArgs: { smart_count: 1 } });
    }
    redirect('show', 'contest-entries', entry.id);
  };

  return { file, setFile, afterSave };
}
