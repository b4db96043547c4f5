import { Alert, Box, CircularProgress, Typography, useTheme } from '@mui/material';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';
import { useLocaleState } from '../i18n/useLocaleState';
import type { Contest, PublicContest } from '@summitdesk/contracts';
import { usePublicContest } from './usePublicContest';

// Votes per entry as a bar chart, the winner (or leaders) highlighted, with the turnout.
export const ResultsChart = ({ contest }: { contest: PublicContest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const results = contest.results ?? [];
  const turnout = contest.turnout;
  const percent =
    turnout && turnout.eligible > 0
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(turnout.voters / turnout.eligible)
      : '—';
  const isTop = (entryId: number, rank: number) => (contest.winnerEntryId ? contest.winnerEntryId === entryId : rank === 1);
  return (
    <Box>
      {turnout ? (
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('summitdesk.contests.turnout', { voters: turnout.voters, eligible: turnout.eligible, percent })}
        </Typography>
      ) : null}
      <Box
        role="img"
        aria-label={translate('summitdesk.contests.chart_label')}
        sx={{ width: '100%', height: Math.max(160, results.length * 48) }}
      >
        <ResponsiveContainer>
          <BarChart data={results} layout="vertical" margin={{ left: 16, right: 48 }}>
            <XAxis type="number" allowDecimals={false} stroke={theme.palette.text.secondary} />
            <YAxis type="category" dataKey="title" width={160} stroke={theme.palette.text.secondary} />
            <Bar dataKey="votes" isAnimationActive={false}>
              {results.map((result) => (
                <Cell
                  key={result.entryId}
                  fill={isTop(result.entryId, result.rank) ? theme.palette.success.main : theme.palette.primary.light}
                />
              ))}
              <LabelList dataKey="votes" position="right" fill={theme.palette.text.primary} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Box component="ol" sx={{ mt: 2 }}>
        {results.map((result) => (
          <li key={result.entryId}>
            {result.title} — {result.authorName}: {translate('summitdesk.contests.award_dialog.votes', { smart_count: result.votes })}
            {contest.winnerEntryId === result.entryId ? ` (${translate('summitdesk.contests.winner')})` : ''}
          </li>
        ))}
      </Box>
    </Box>
  );
};

export const ContestResults = (_props: { label?: false }) => {
  const record = useRecordContext<Contest>();
  const translate = useTranslate();
  const { contest, isPending } = usePublicContest(record?.id, record?.version);
  if (!record) return null;
  if (isPending) return <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />;
  if (!contest?.results) return <Alert severity="info">{translate('summitdesk.contests.results_hidden')}</Alert>;
  return <ResultsChart contest={contest} />;
};
