import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams, useDataProvider, useTranslate } from '../../public-shell/kit';
import { Alert, Box, Card, CardActionArea, CardContent, CardMedia, CircularProgress, Typography } from '@mui/material';
import type { Presentation } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../../dataProvider';
import { PublicPage } from '../../contests/public/PublicPage';
import { PublicSelectField, PublicTextField } from '../../public-shell/fields';

type Sort = 'views' | 'uploadedAt' | 'title';

// The library across events, or one event's (`?eventId=`): search by title, speaker and track,
// most viewed first by default.
export const PublicLibraryPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const eventId = params.get('eventId');
  const sort = (params.get('sort') as Sort | null) ?? 'views';
  const [search, setSearch] = useState(q);
  const [state, setState] = useState<{ rows?: Presentation[]; error?: unknown }>({});
  useEffect(() => {
    // The previous figures stay until the new ones arrive.
    const controller = new AbortController();
    dataProvider
      .getPublicList<Presentation>('presentations', {
        sort: { field: sort, order: sort === 'title' ? 'ASC' : 'DESC' },
        range: [0, 99],
        filter: { ...(q ? { q } : {}), ...(eventId ? { eventId: Number(eventId) } : {}) },
        signal: controller.signal,
      })
      .then(({ data }) => setState({ rows: data }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ error }));
    return () => controller.abort();
  }, [dataProvider, q, eventId, sort]);
  // Debounced: the address follows the search box, so a search can be shared.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search === q) return;
      const next = new URLSearchParams(params);
      if (search) next.set('q', search);
      else next.delete('q');
      setParams(next, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [search, q, params, setParams]);
  const eventName = eventId ? state.rows?.[0]?.eventName : undefined;
  return (
    <PublicPage>
      <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
        {eventName
          ? translate('summitdesk.presentations.public.event_title', { event: eventName })
          : translate('summitdesk.presentations.public.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {translate('summitdesk.presentations.public.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 3 }}>
        <PublicTextField
          label={translate('summitdesk.presentations.public.search')}
          value={search}
          onChange={setSearch}
          sx={{ minWidth: 280, flex: 1 }}
        />
        <PublicSelectField
          label={translate('summitdesk.presentations.public.sort')}
          value={sort}
          sx={{ minWidth: 180 }}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            next.set('sort', value);
            setParams(next, { replace: true });
          }}
          choices={(['views', 'uploadedAt', 'title'] as const).map((option) => ({
            value: option,
            label: translate(`summitdesk.presentations.public.sort_${option}`),
          }))}
        />
        {eventId ? (
          <Typography component={RouterLink} to="/public/presentations" sx={{ alignSelf: 'center' }}>
            {translate('summitdesk.presentations.public.all_events')}
          </Typography>
        ) : null}
      </Box>
      {state.error ? <Alert severity="error">{translate('summitdesk.common.load_error')}</Alert> : null}
      {!state.rows && !state.error ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {state.rows?.length === 0 ? <Typography>{translate('summitdesk.presentations.public.none')}</Typography> : null}
      <Box
        component="ul"
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}
      >
        {state.rows?.map((presentation) => (
          <li key={presentation.id}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardActionArea component={RouterLink} to={`/public/presentations/${presentation.id}`} sx={{ height: '100%' }}>
                {presentation.previewUrl ? (
                  <CardMedia component="img" image={presentation.previewUrl} alt="" sx={{ aspectRatio: '16 / 9', objectFit: 'cover' }} />
                ) : null}
                <CardContent>
                  <Typography component="h2" variant="h6">
                    {presentation.title}
                  </Typography>
                  <Typography variant="body2">{presentation.speakers.map((speaker) => speaker.name).join(', ')}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[presentation.eventName, presentation.track].filter(Boolean).join(' · ')}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate('summitdesk.presentations.views_count', { smart_count: presentation.views })}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        ))}
      </Box>
    </PublicPage>
  );
};
