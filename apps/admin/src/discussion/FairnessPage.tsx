import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate, type RaRecord } from 'react-admin';
import type { ScoreSummary } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { errorMessage } from '../common/errors';
import { formatInstant } from '../common/dates';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';

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

// One of the page's two tables: its heading and CSV button, then a card per row on a phone or a
// table on a wider screen, both named by the heading for screen readers.
const SignalSection = ({
  title,
  action,
  small,
  cards,
  head,
  rows,
}: {
  title: string;
  action: ReactNode;
  small: boolean;
  cards: ReactNode;
  head: ReactNode;
  rows: ReactNode;
}) => (
  <Box component="section" sx={{ mb: 2 }}>
    <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {action}
    </Stack>
    {small ? (
      <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label={title}>
        {cards}
      </Stack>
    ) : (
      <TableContainer>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>{head}</TableRow>
          </TableHead>
          <TableBody>{rows}</TableBody>
        </Table>
      </TableContainer>
    )}
  </Box>
);

const SignalCard = ({ children }: { children: ReactNode }) => (
  <Card component="li" variant="outlined">
    <CardContent sx={{ display: 'grid', gap: 0.5 }}>{children}</CardContent>
  </Card>
);

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
  const small = useSmallScreen();
  if (signals.error) return <Alert severity="error">{errorMessage(signals.error, translate)}</Alert>;
  const data = signals.data;
  const column = (name: string) => translate(`summitdesk.fairness.columns.${name}`);
  // Both tables as one CSV each, headed in the reader's language, through the formula-safe exporter
  // (reviewer names and talk titles are member-written text).
  const exportCsv = (which: 'reviewers' | 'submissions') => {
    if (!data) return;
    const rows: RaRecord[] =
      which === 'reviewers'
        ? data.reviewers.map((row) => ({
            id: row.reviewerId,
            [column('reviewer')]: row.name,
            [column('count')]: row.count,
            [column('mean')]: row.mean,
            [column('stdev')]: row.stdev,
            [column('deviation')]: row.deviation,
            [column('leaning')]: row.leaning ? translate(`summitdesk.fairness.leaning.${row.leaning}`) : '',
            [column('missing')]: row.missing,
          }))
        : data.submissions.map((row) => ({
            id: row.submissionId,
            [column('talk')]: row.title,
            [column('count')]: row.count,
            [column('mean')]: row.mean,
            [column('spread')]: row.spread,
            [column('min')]: row.min,
            [column('max')]: row.max,
            [column('disagreement')]: row.disagreement ? translate('summitdesk.fairness.disagreement') : '',
          }));
    void formulaSafeExporter(rows, () => Promise.resolve({}), dataProvider, `fairness-${which}-${cfpId}`);
  };
  const exportButton = (which: 'reviewers' | 'submissions') => (
    <Button size="small" startIcon={<DownloadIcon />} onClick={() => exportCsv(which)}>
      {translate(`summitdesk.fairness.export_${which}`)}
    </Button>
  );
  const remindCell = (row: Signals['reviewers'][number]) => (
    <>
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
    </>
  );
  const leaningChip = (row: Signals['reviewers'][number]) =>
    row.leaning ? (
      <Chip
        size="small"
        color={row.leaning === 'harsh' ? 'warning' : 'info'}
        label={translate(`summitdesk.fairness.leaning.${row.leaning}`)}
      />
    ) : (
      translate('summitdesk.fairness.leaning.none')
    );
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
          <SignalSection
            title={translate('summitdesk.fairness.reviewers')}
            action={exportButton('reviewers')}
            small={small}
            cards={data.reviewers.map((row) => (
              <SignalCard key={row.reviewerId}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                    {row.name}
                  </Typography>
                  {row.leaning ? leaningChip(row) : null}
                </Stack>
                <Typography variant="body2">
                  {translate('summitdesk.fairness.phone_reviewer', {
                    smart_count: row.count,
                    mean: number(row.mean),
                    stdev: number(row.stdev),
                    missing: row.missing,
                  })}
                </Typography>
                {row.deviation !== null && (
                  <Box>
                    <Typography variant="caption" color="text.secondary">
                      {column('deviation')}
                    </Typography>
                    <DeviationBar deviation={row.deviation} />
                  </Box>
                )}
                <Box>{remindCell(row)}</Box>
              </SignalCard>
            ))}
            head={
              <>
                {(['reviewer', 'count', 'mean', 'stdev', 'deviation', 'leaning', 'missing'] as const).map((name) => (
                  <TableCell key={name}>{column(name)}</TableCell>
                ))}
                <TableCell>
                  <span
                    className="sr-only"
                    style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                  >
                    {translate('summitdesk.fairness.remind')}
                  </span>
                </TableCell>
              </>
            }
            rows={data.reviewers.map((row) => (
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
                <TableCell>{leaningChip(row)}</TableCell>
                <TableCell>{row.missing}</TableCell>
                <TableCell>{remindCell(row)}</TableCell>
              </TableRow>
            ))}
          />
          <SignalSection
            title={translate('summitdesk.fairness.submissions')}
            action={exportButton('submissions')}
            small={small}
            cards={data.submissions.map((row) => (
              <SignalCard key={row.submissionId}>
                <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                  {row.title}
                </Typography>
                <Typography variant="body2">
                  {translate('summitdesk.fairness.phone_talk', {
                    smart_count: row.count,
                    mean: number(row.mean),
                    spread: row.spread ?? '—',
                    min: row.min,
                    max: row.max,
                  })}
                </Typography>
                {row.disagreement && (
                  <Box>
                    <Chip size="small" color="warning" label={translate('summitdesk.fairness.disagreement')} />
                  </Box>
                )}
              </SignalCard>
            ))}
            head={(['talk', 'count', 'mean', 'spread'] as const).map((name) => (
              <TableCell key={name}>{column(name)}</TableCell>
            ))}
            rows={data.submissions.map((row) => (
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
          />
        </>
      )}
    </Box>
  );
};
