import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Alert, Box, Card, CardActions, CardContent, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { useNavigate } from 'react-router-dom';
import type { Announcement, AnnouncementSuggestion } from '@summitdesk/contracts';
import { errorMessage, useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';

// Drafts the portal wrote from the data (a CfP opening, a committee, a contest's windows, a booth
// short of volunteers); one click makes it a draft to edit and publish.
export const AnnouncementSuggestionsPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  const { data, error, isPending } = useQuery({
    queryKey: ['announcements', 'suggestions'],
    queryFn: ({ signal }) =>
      dataProvider.getView<AnnouncementSuggestion[]>('announcements', { view: 'suggestions', signal }).then((r) => r.data),
  });
  const use = async (key: string) => {
    setBusy(key);
    try {
      const { data: draft } = await dataProvider.command<Announcement>('announcements', { command: 'suggestions', data: { key } });
      notify('summitdesk.announcements.suggestions.created', { type: 'success' });
      void navigate(`/announcements/${draft.id}/show`);
    } catch (failure) {
      notifyError(failure);
      setBusy(null);
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="summitdesk.announcements.suggestions.title" />
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }}>
        {translate('summitdesk.announcements.suggestions.intro')}
      </Typography>
      {isPending ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {error ? <Alert severity="error">{errorMessage(error, translate)}</Alert> : null}
      {data?.length === 0 ? <Alert severity="info">{translate('summitdesk.announcements.suggestions.none')}</Alert> : null}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        {data?.map((suggestion) => (
          <li key={suggestion.key}>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="overline">{translate(`summitdesk.announcements.suggestions.kinds.${suggestion.kind}`)}</Typography>
                <Typography component="h2" variant="h6">
                  {suggestion.title}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                  {suggestion.body}
                </Typography>
              </CardContent>
              <CardActions>
                <Button label="summitdesk.announcements.suggestions.use" disabled={busy !== null} onClick={() => void use(suggestion.key)}>
                  <NoteAddIcon />
                </Button>
              </CardActions>
            </Card>
          </li>
        ))}
      </Box>
    </Box>
  );
};
