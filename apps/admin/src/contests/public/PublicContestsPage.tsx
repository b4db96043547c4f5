import { useEffect, useState } from 'react';
import { Link as RouterLink, useDataProvider, useLocaleState, useTranslate } from '../../public-shell/kit';
import { Alert, Box, Card, CardActionArea, CardContent, CircularProgress, Typography } from '@mui/material';
import { formatMoney, type PublicContest } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../../dataProvider';
import { ContestStatusChip } from '../ContestStatusChip';
import { PublicPage } from './PublicPage';

type ContestSummary = Omit<PublicContest, 'entries' | 'results' | 'turnout'>;

// Every published contest, newest first, for visitors.
export const PublicContestsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [state, setState] = useState<{ contests?: ContestSummary[]; error?: unknown }>({});
  useEffect(() => {
    const controller = new AbortController();
    dataProvider
      .getPublicList<ContestSummary>('contests', {
        sort: { field: 'entriesOpenAt', order: 'DESC' },
        range: [0, 99],
        signal: controller.signal,
      })
      .then(({ data }) => setState({ contests: data }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ error }));
    return () => controller.abort();
  }, [dataProvider]);
  const date = (instant: string) => new Date(instant).toLocaleDateString(locale, { dateStyle: 'medium' });
  return (
    <PublicPage>
      <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
        {translate('summitdesk.contests.public.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {translate('summitdesk.contests.public.intro')}
      </Typography>
      {state.error ? <Alert severity="error">{translate('summitdesk.common.load_error')}</Alert> : null}
      {!state.contests && !state.error ? (
        <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />
      ) : null}
      {state.contests?.length === 0 ? <Typography>{translate('summitdesk.contests.public.none')}</Typography> : null}
      <Box
        component="ul"
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }}
      >
        {state.contests?.map((contest) => (
          <li key={contest.id}>
            <Card variant="outlined">
              <CardActionArea component={RouterLink} to={`/public/contests/${contest.id}`}>
                <CardContent>
                  <Typography component="h2" variant="h6">
                    {contest.title}
                  </Typography>
                  <ContestStatusChip status={contest.status} />
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {translate('summitdesk.contests.public.prize', { prize: formatMoney(contest.prize, contest.currency, locale) })}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {contest.status === 'entries_open' || contest.status === 'upcoming'
                      ? translate('summitdesk.contests.public.entries_until', { date: date(contest.entriesCloseAt) })
                      : translate('summitdesk.contests.public.voting_until', { date: date(contest.votingClosesAt) })}
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
