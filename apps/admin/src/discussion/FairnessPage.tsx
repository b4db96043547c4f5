import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { ScoreSummary } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { errorMessage } from '../common/errors';
import { formatInstant } from '../common/dates';

type Signals = {
  committee: ScoreSummary;
  reviewers: Array<
    ScoreSummary & {
      reviewerId: number;
      name: string;
      deviation: number | null;
      leaning: 'harsh' | 'lenient' | null;
      missing: number;
      remindedAt: string | null;
    }
  >;
  submissions: Array<
    ScoreSummary & { submissionId: number; title: string; min: number; max: number; spread: number | null; disagreement: boolean }
  >;
};

const number = (value: number | null) => (value === null ? '—' : value.toFixed(2));

// A bar from the committee's mean to the reviewer's: left is harsher, right more lenient. The number
// beside it says the same for screen readers, so the bar itself is hidden from them.
const DeviationBar = ({ deviation }: { deviation: number | null }) => {
  if (deviation === null) return <>—</>;
  const width = Math.min(Math.abs(deviation) / 4, 0.5) * 100;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box aria-hidden sx={{ position: 'relative', width: 100, height: 10, bgcolor: 'action.hover' }}>
        <Box sx={{ position: 'absolute', left: '50%', top: 0, bottom: 0, width: '1px', bgcolor: 'text.secondary' }} />
        <Box
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            bgcolor: deviation < 0 ? 'warning.main' : 'info.main',
            ...(deviation < 0 ? { right: '50%' } : { left: '50%' }),
            width: `${width}%`,
          }}
        />
      </Box>
      <span>
        {deviation > 0 ? '+' : ''}
        {deviation.toFixed(2)}
      </span>
    </Box>
  );
};

// The chair's fairness signals for one call: reviewers' leanings, missing reviews with a reminder
// (at most one a day; the API explains a refusal), and the talks the reviewers disagree on.
export const FairnessPage = () => {
  const { id } = useParams();
  const cfpId = Number(id);
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const signals = useQuery({
    queryKey: ['cfps', cfpId, 'fairness'],
    queryFn: async () => (await dataProvider.getView<Signals>('cfps', { id: cfpId, view: 'fairness' })).data,
  });
  const remind = async (reviewerId: number) => {
    try {
      await dataProvider.command('cfps', { command: `${cfpId}/fairness/reminders`, data: { reviewerId } });
      notify('summitdesk.fairness.reminded', { type: 'success' });
      await signals.refetch();
    } catch (error) {
      const failure = error as { body?: { errors?: Record<string, string> } };
      const message = [errorMessage(error, translate), failure.body?.errors?.reviewerId].filter(Boolean).join(': ');
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };
  if (signals.error) return <Alert severity="error">{errorMessage(signals.error, translate)}</Alert>;
  const data = signals.data;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('summitdesk.fairness.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('summitdesk.fairness.title')}
      </Typography>
      {data && (
        <>
          <Typography gutterBottom>
            {translate('summitdesk.fairness.committee', {
              count: data.committee.count,
              mean: number(data.committee.mean),
              stdev: number(data.committee.stdev),
            })}
          </Typography>
          <Typography variant="h6" component="h2">
            {translate('summitdesk.fairness.reviewers')}
          </Typography>
          <TableContainer>
            <Table size="small" aria-label={translate('summitdesk.fairness.reviewers')}>
              <TableHead>
                <TableRow>
                  {(['reviewer', 'count', 'mean', 'stdev', 'deviation', 'leaning', 'missing'] as const).map((column) => (
                    <TableCell key={column}>{translate(`summitdesk.fairness.columns.${column}`)}</TableCell>
                  ))}
                  <TableCell>
                    <span
                      className="sr-only"
                      style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                    >
                      {translate('summitdesk.fairness.remind')}
                    </span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.reviewers.map((row) => (
                  <TableRow key={row.reviewerId}>
                    <TableCell component="th" scope="row">
                      {row.name}
                    </TableCell>
                    <TableCell>{row.count}</TableCell>
                    <TableCell>{number(row.mean)}</TableCell>
                    <TableCell>{number(row.stdev)}</TableCell>
                    <TableCell>
                      <DeviationBar deviation={row.deviation} />
                    </TableCell>
                    <TableCell>
                      {row.leaning ? (
                        <Chip
                          size="small"
                          color={row.leaning === 'harsh' ? 'warning' : 'info'}
                          label={translate(`summitdesk.fairness.leaning.${row.leaning}`)}
                        />
                      ) : (
                        translate('summitdesk.fairness.leaning.none')
                      )}
                    </TableCell>
                    <TableCell>{row.missing}</TableCell>
                    <TableCell>
                      {row.missing > 0 && (
                        <Button
                          size="small"
                          onClick={() => remind(row.reviewerId)}
                          aria-label={translate('summitdesk.fairness.remind_label', { name: row.name, smart_count: row.missing })}
                        >
                          {translate('summitdesk.fairness.remind')}
                        </Button>
                      )}
                      {row.remindedAt && (
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {translate('summitdesk.fairness.reminded_at', { date: formatInstant(row.remindedAt, locale) })}
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate('summitdesk.fairness.submissions')}
          </Typography>
          <TableContainer>
            <Table size="small" aria-label={translate('summitdesk.fairness.submissions')}>
              <TableHead>
                <TableRow>
                  {(['talk', 'count', 'mean', 'spread'] as const).map((column) => (
                    <TableCell key={column}>{translate(`summitdesk.fairness.columns.${column}`)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.submissions.map((row) => (
                  <TableRow key={row.submissionId}>
                    <TableCell component="th" scope="row">
                      {row.title}
                    </TableCell>
                    <TableCell>{row.count}</TableCell>
                    <TableCell>{number(row.mean)}</TableCell>
                    <TableCell>
                      {row.spread ?? '—'} ({row.min} … {row.max})
                      {row.disagreement && (
                        <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('summitdesk.fairness.disagreement')} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </Box>
  );
};
