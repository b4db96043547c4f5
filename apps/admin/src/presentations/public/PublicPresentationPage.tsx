import { useEffect, useState } from 'react';
import { Link as RouterLink, useParams, useDataProvider, useTranslate } from '../../public-shell/kit';
import DownloadIcon from '@mui/icons-material/Download';
import OndemandVideoIcon from '@mui/icons-material/OndemandVideo';
import { Alert, Box, Button, CircularProgress, Link, Stack, Typography } from '@mui/material';
import type { Presentation } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../../dataProvider';
import { PublicPage } from '../../contests/public/PublicPage';

// One talk of the library. Opening the page reports a view, fetching the slides a download; the API
// counts each once per visitor and day and keeps nothing that names the visitor.
export const PublicPresentationPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [state, setState] = useState<{ presentation?: Presentation; error?: unknown }>({});
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    dataProvider
      .command<Presentation>('public/presentations', { command: `${encodeURIComponent(id)}/views`, anonymous: true })
      .then(({ data }) => !cancelled && setState({ presentation: data }))
      .catch((error: unknown) => !cancelled && setState({ error }));
    return () => {
      cancelled = true;
    };
  }, [dataProvider, id]);
  const download = () => {
    const presentation = state.presentation;
    if (!presentation?.slidesUrl) return;
    window.open(presentation.slidesUrl, '_blank', 'noopener');
    void dataProvider
      .command<Presentation>('public/presentations', { command: `${presentation.id}/downloads`, anonymous: true })
      .then(({ data }) => setState({ presentation: data }))
      .catch(() => undefined);
  };
  const presentation = state.presentation;
  return (
    <PublicPage>
      <Typography component={RouterLink} to="/public/presentations" variant="body2">
        {translate('summitdesk.presentations.public.back')}
      </Typography>
      {state.error ? <Alert severity="error">{translate('summitdesk.presentations.public.not_found')}</Alert> : null}
      {!presentation && !state.error ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {presentation ? (
        <Box component="article" sx={{ mt: 2 }}>
          <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
            {presentation.title}
          </Typography>
          <Typography sx={{ mt: 1 }}>
            {presentation.speakers
              .map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name))
              .join(', ')}
          </Typography>
          <Typography color="text.secondary">
            <Link component={RouterLink} to={`/public/presentations?eventId=${presentation.eventId}`}>
              {presentation.eventName}
            </Link>
            {presentation.track ? ` · ${presentation.track}` : ''}
          </Typography>
          <Typography color="text.secondary" data-testid="presentation-figures">
            {translate('summitdesk.presentations.views_count', { smart_count: presentation.views })} ·{' '}
            {translate('summitdesk.presentations.downloads_count', { smart_count: presentation.downloads })}
          </Typography>
          {presentation.previewUrl ? (
            <Box
              component="img"
              src={presentation.previewUrl}
              alt={translate('summitdesk.presentations.preview_of', { title: presentation.title })}
              sx={{ display: 'block', mt: 3, maxWidth: '100%', width: 640, border: 1, borderColor: 'divider', borderRadius: 1 }}
            />
          ) : null}
          <Stack direction="row" spacing={2} sx={{ mt: 3, flexWrap: 'wrap' }} useFlexGap>
            {presentation.slidesUrl ? (
              <Button variant="contained" startIcon={<DownloadIcon />} onClick={download}>
                {translate('summitdesk.presentations.public.download', { pages: presentation.pageCount ?? '?' })}
              </Button>
            ) : null}
            {presentation.videoUrl ? (
              <Button
                variant="outlined"
                startIcon={<OndemandVideoIcon />}
                href={presentation.videoUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                {translate('summitdesk.presentations.public.video')}
              </Button>
            ) : null}
          </Stack>
        </Box>
      ) : null}
    </PublicPage>
  );
};
