import { useMemo, useState } from 'react';
import { Alert, Box, Button, CircularProgress, Container, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from '../public-shell/kit';
import { monthHeading } from '../common/dates';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { CalendarSubscribe } from './CalendarSubscribe';
import { PublicEventCard } from './PublicEventCard';
import { PublicEventFilters, type PublicFilters } from './PublicEventFilters';
import { PublicHeader } from './PublicHeader';
import { usePublicEvents, type PublicEvent } from './usePublicEvents';

function matches(event: PublicEvent, { text, kind }: PublicFilters): boolean {
  if (kind && event.kind !== kind) return false;
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [event.name, event.city, event.venue, event.country, event.hostOrganization]
    .filter(Boolean)
    .some((value) => String(value).toLocaleLowerCase().includes(needle));
}

// The public event calendar: no sign-in, no admin chrome; grouped by month, with the iCal feed.
export const PublicEventsPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [filters, setFilters] = useState<PublicFilters>({ text: '', kind: '', includePast: false });
  const [attempt, setAttempt] = useState(0);
  const { events, isPending, error } = usePublicEvents(filters.includePast, attempt);

  const months = useMemo(() => {
    const groups = new Map<string, PublicEvent[]>();
    for (const event of events.filter((candidate) => matches(candidate, filters))) {
      const month = event.startDate.slice(0, 7);
      groups.set(month, [...(groups.get(month) ?? []), event]);
    }
    return [...groups.entries()];
  }, [events, filters]);
  const shown = months.reduce((sum, [, list]) => sum + list.length, 0);

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 10,
          p: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          '&:focus': { top: 8 },
        }}
      >
        {translate('summitdesk.app.skip_to_content')}
      </Box>
      <PublicHeader />
      <Container component="main" id="main" tabIndex={-1} maxWidth="lg" sx={{ flex: 1, py: 4, outline: 'none' }}>
        <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
          {translate('summitdesk.public.title')}
        </Typography>
        <Typography variant="body1" color="text.secondary" sx={{ mt: 1 }}>
          {translate('summitdesk.public.intro')}
        </Typography>
        <CalendarSubscribe />
        <PublicEventFilters value={filters} onChange={setFilters} />
        <Typography role="status" aria-live="polite" variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {isPending ? translate('summitdesk.common.loading') : error ? '' : translate('summitdesk.public.results', { smart_count: shown })}
        </Typography>
        {isPending ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
            <CircularProgress aria-hidden="true" />
          </Box>
        ) : error ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => setAttempt((count) => count + 1)}>
                {translate('summitdesk.common.retry')}
              </Button>
            }
          >
            {translate('summitdesk.public.load_error')}
          </Alert>
        ) : shown === 0 ? (
          <Typography variant="body1">{translate('summitdesk.public.none')}</Typography>
        ) : (
          months.map(([month, list]) => (
            <Box component="section" key={month} aria-labelledby={`month-${month}`} sx={{ mb: 4 }}>
              <Typography id={`month-${month}`} component="h2" variant="h5" sx={{ mb: 2, textTransform: 'capitalize' }}>
                {monthHeading(`${month}-01`, locale)}
              </Typography>
              <Box
                component="ul"
                sx={{
                  listStyle: 'none',
                  p: 0,
                  m: 0,
                  display: 'grid',
                  gap: 2,
                  gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
                }}
              >
                {list.map((event) => (
                  <li key={event.id}>
                    <PublicEventCard event={event} />
                  </li>
                ))}
              </Box>
            </Box>
          ))
        )}
      </Container>
      <Box component="footer" sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
        <Typography variant="body2">{translate('summitdesk.public.footer')}</Typography>
      </Box>
    </Box>
  );
};
