import { lazy, Suspense, useState } from 'react';
import { useParams, RecordContextProvider, useLocaleState, useTranslate } from '../../public-shell/kit';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { formatMoney, type PublicContestEntry } from '@summitdesk/contracts';
import { ContestStatusChip } from '../ContestStatusChip';
import { ContestWindowsField } from '../ContestWindowsField';
import { EntryCard } from '../EntryCard';
import { usePublicContest } from '../usePublicContest';
import { PublicPage } from './PublicPage';

// The dialog (MUI's modal, focus trap and transitions) is fetched when a visitor first opens an artwork.
const ArtworkLightbox = lazy(() => import('../ArtworkLightbox').then((module) => ({ default: module.ArtworkLightbox })));

// The chart library is fetched only for a contest whose results are public.
const ResultsChart = lazy(() => import('../ContestResults').then((module) => ({ default: module.ResultsChart })));

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 } as const;

// The gallery for visitors, and the results (chart, ranking, turnout) once voting has closed.
export const PublicContestPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { contest, isPending, error } = usePublicContest(id);
  const [open, setOpen] = useState<PublicContestEntry | undefined>();
  if (isPending)
    return (
      <PublicPage>
        <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />
      </PublicPage>
    );
  if (error || !contest)
    return (
      <PublicPage>
        <Alert severity="error">{translate('summitdesk.common.load_error')}</Alert>
      </PublicPage>
    );
  return (
    <PublicPage>
      <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
        {contest.title}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', my: 1, flexWrap: 'wrap' }}>
        <ContestStatusChip status={contest.status} />
        <Typography>
          {translate('summitdesk.contests.public.prize', { prize: formatMoney(contest.prize, contest.currency, locale) })}
        </Typography>
      </Box>
      <RecordContextProvider value={contest}>
        <ContestWindowsField />
      </RecordContextProvider>
      <Typography component="div" variant="body1" sx={{ my: 2, maxWidth: 760 }} dangerouslySetInnerHTML={{ __html: contest.rulesHtml }} />
      {contest.results ? (
        <Box component="section" aria-labelledby="results-heading" sx={{ my: 4 }}>
          <Typography id="results-heading" component="h2" variant="h5" sx={{ mb: 2 }}>
            {translate('summitdesk.contests.public.results')}
          </Typography>
          <Suspense fallback={<CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />}>
            <ResultsChart contest={contest} />
          </Suspense>
        </Box>
      ) : null}
      <Box component="section" aria-labelledby="gallery-heading" sx={{ my: 4 }}>
        <Typography id="gallery-heading" component="h2" variant="h5" sx={{ mb: 2 }}>
          {translate('summitdesk.contests.tabs.gallery')}
        </Typography>
        {contest.entries.length === 0 ? (
          <Typography color="text.secondary">{translate('summitdesk.contests.gallery_empty')}</Typography>
        ) : null}
        <Box sx={grid}>
          {contest.entries.map((entry) => (
            <EntryCard
              key={entry.id}
              title={entry.title}
              authorName={entry.authorName}
              thumbnailUrl={entry.thumbnailUrl}
              badge={contest.winnerEntryId === entry.id ? translate('summitdesk.contests.winner') : undefined}
              onOpen={() => setOpen(entry)}
            />
          ))}
        </Box>
      </Box>
      {open ? (
        <Suspense fallback={null}>
          <ArtworkLightbox entry={open} onClose={() => setOpen(undefined)} />
        </Suspense>
      ) : null}
    </PublicPage>
  );
};
