import { useId, useState, type ChangeEvent } from 'react';
import { Box, IconButton, Stack, Typography } from '@mui/material';
import AddAPhotoIcon from '@mui/icons-material/AddAPhoto';
import DeleteIcon from '@mui/icons-material/Delete';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { BoothProposal } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { AuthenticatedImage } from './AuthenticatedImage';

// Upload and remove report photos; the API checks each file's content and size.
export const ReportPhotos = ({ record, error }: { record: BoothProposal; error?: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const inputId = useId();
  const [pending, setPending] = useState(false);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPending(true);
    try {
      await dataProvider.upload('booth-proposals', { id: record.id, field: 'photos', file });
      notify('summitdesk.booth_proposals.report_dialog.photo_added', { type: 'success' });
      refresh();
    } catch (failure) {
      notifyError(failure);
    } finally {
      setPending(false);
    }
  };

  const remove = async (photoId: number) => {
    try {
      await dataProvider.removeUpload('booth-proposals', { id: record.id, field: 'photos', fileId: photoId });
      refresh();
    } catch (failure) {
      notifyError(failure);
    }
  };

  return (
    <Box>
      <Typography variant="subtitle2">{translate('summitdesk.booth_proposals.report_dialog.photos')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
        {(record.report?.photos ?? []).map((photo, index) => (
          <Box key={photo.id} sx={{ position: 'relative' }}>
            <AuthenticatedImage
              url={photo.url}
              alt={`${translate('summitdesk.booth_proposals.report_dialog.photos')} ${index + 1}`}
              size={96}
            />
            <IconButton
              size="small"
              aria-label={translate('summitdesk.booth_proposals.report_dialog.remove_photo')}
              onClick={() => void remove(photo.id)}
              sx={{ position: 'absolute', top: 0, right: 0, bgcolor: 'background.paper' }}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Box>
        ))}
      </Stack>
      <input id={inputId} type="file" accept="image/png,image/jpeg,image/webp" hidden onChange={(event) => void upload(event)} />
      <Button
        label="summitdesk.booth_proposals.report_dialog.add_photo"
        disabled={pending}
        onClick={() => document.getElementById(inputId)?.click()}
      >
        <AddAPhotoIcon />
      </Button>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'} sx={{ display: 'block' }}>
        {error ?? translate('summitdesk.booth_proposals.report_dialog.photo_help')}
      </Typography>
    </Box>
  );
};
