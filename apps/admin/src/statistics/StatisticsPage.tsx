import { lazy, Suspense, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Link,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { StatisticsColumns, StatisticsPeriods, type Presentation, type StatisticsPeriod, type StatisticsRow } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

const StatisticsChart = lazy(() => import('./StatisticsChart'));

const CHARTS = [
  {
    title: 'library',
    figures: [
      { key: 'presentationsUploaded', color: '#1565c0' },
      { key: 'views', color: '#2e7d32' },
      { key: 'downloads', color: '#f9a825' },
    ],
  },
  {
    title: 'community',
    figures: [
      { key: 'submissions', color: '#6a1b9a' },
      { key: 'reviews', color: '#00838f' },
      { key: 'contestEntries', color: '#ef6c00' },
      { key: 'votes', color: '#ad1457' },
      { key: 'newMembers', color: '#455a64' },
    ],
  },
  {
    title: 'booths',
    figures: [
      { key: 'boothsHeld', color: '#1565c0' },
      { key: 'boothLeads', color: '#2e7d32' },
      { key: 'volunteerHours', color: '#ef6c00' },
    ],
  },
] as const;

const today = () => new Date().toISOString().slice(0, 10);

// The organizers' figures per week, month, quarter or year (computed by the API from the data), as
// charts, a table and CSV, beside the library's most popular talks.
export const StatisticsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [period, setPeriod] = useState<StatisticsPeriod>('month');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(today());
  const [state, setState] = useState<{ rows?: StatisticsRow[]; error?: unknown }>({});
  const query = { period, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const key = JSON.stringify(query);
  useEffect(() => {
    // The previous figures stay until the new ones arrive.
    const controller = new AbortController();
    dataProvider
      .getReport<StatisticsRow[]>('statistics', { query: JSON.parse(key) as Record<string, string>, signal: controller.signal })
      .then(({ data }) => setState({ rows: data }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ error }));
    return () => controller.abort();
  }, [dataProvider, key]);
  const exportCsv = async () => {
    try {
      const { data } = await dataProvider.getReport<string>('statistics', { query, format: 'csv' });
      const url = URL.createObjectURL(new Blob([data], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `statistics-${period}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      notify('summitdesk.common.load_error', { type: 'error' });
    }
  };
  const number = (value: number) => value.toLocaleString(locale);
  return (
    <Box sx={{ py: 2 }}>
      <Title title="summitdesk.statistics.title" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate('summitdesk.statistics.period')}
          value={period}
          onChange={(event) => setPeriod(event.target.value as StatisticsPeriod)}
          sx={{ minWidth: 160 }}
        >
          {StatisticsPeriods.map((option) => (
            <MenuItem key={option} value={option}>
              {translate(`summitdesk.statistics.periods.${option}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="date"
          label={translate('summitdesk.statistics.from')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          type="date"
          label={translate('summitdesk.statistics.to')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button startIcon={<DownloadIcon />} onClick={() => void exportCsv()}>
          {translate('summitdesk.statistics.export')}
        </Button>
      </Box>
      {state.error ? <Alert severity="error">{translate('summitdesk.statistics.load_error')}</Alert> : null}
      {!state.rows && !state.error ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {state.rows ? (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 2 }}>
            {CHARTS.map((chart) => (
              <Card key={chart.title} variant="outlined">
                <CardContent>
                  <Typography component="h2" variant="h6">
                    {translate(`summitdesk.statistics.charts.${chart.title}`)}
                  </Typography>
                  <Suspense fallback={<CircularProgress aria-label={translate('summitdesk.common.loading')} />}>
                    <StatisticsChart rows={state.rows!} figures={chart.figures} />
                  </Suspense>
                </CardContent>
              </Card>
            ))}
            <PopularCard />
          </Box>
          <TableContainer component={Card} variant="outlined">
            <Table size="small" aria-label={translate('summitdesk.statistics.table')}>
              <TableHead>
                <TableRow>
                  {StatisticsColumns.map((column) => (
                    <TableCell key={column} align={column === 'period' ? 'left' : 'right'}>
                      {translate(`summitdesk.statistics.figures.${column}`)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {state.rows.map((row) => (
                  <TableRow key={row.period} data-testid={`statistics-${row.period}`}>
                    {StatisticsColumns.map((column) => (
                      <TableCell key={column} align={column === 'period' ? 'left' : 'right'} data-column={column}>
                        {column === 'period'
                          ? row.period
                          : column === 'sponsorshipIncome'
                            ? number(row[column] / 100)
                            : number(row[column])}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      ) : null}
    </Box>
  );
};

type Scope = 'all' | 'year';

// "Most popular": of all time or this year, from the public library sorted by views.
const PopularCard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [scope, setScope] = useState<Scope>('all');
  const [rows, setRows] = useState<Presentation[]>();
  useEffect(() => {
    const controller = new AbortController();
    const year = new Date().getFullYear();
    dataProvider
      .getPublicList<Presentation>('presentations', {
        sort: { field: 'views', order: 'DESC' },
        range: [0, 4],
        filter: scope === 'year' ? { year } : {},
        signal: controller.signal,
      })
      .then(({ data }) => setRows(data))
      .catch(() => !controller.signal.aborted && setRows([]));
    return () => controller.abort();
  }, [dataProvider, scope]);
  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2 }}>
          <Typography component="h2" variant="h6">
            {translate('summitdesk.statistics.popular')}
          </Typography>
          <TextField
            select
            size="small"
            value={scope}
            onChange={(event) => setScope(event.target.value as Scope)}
            label={translate('summitdesk.statistics.popular')}
          >
            <MenuItem value="all">{translate('summitdesk.statistics.all_time')}</MenuItem>
            <MenuItem value="year">{translate('summitdesk.statistics.this_year')}</MenuItem>
          </TextField>
        </Box>
        {rows?.length === 0 ? <Typography color="text.secondary">{translate('summitdesk.statistics.no_popular')}</Typography> : null}
        <Box component="ol" sx={{ pl: 3 }} data-testid="popular-list">
          {rows?.map((row) => (
            <li key={row.id}>
              <Link component={RouterLink} to={`/presentations/${row.id}/show`}>
                {row.title}
              </Link>{' '}
              — {row.eventName} · {translate('summitdesk.presentations.views_count', { smart_count: row.views })}
            </li>
          ))}
        </Box>
        <Link component={RouterLink} to="/public/presentations">
          {translate('summitdesk.statistics.open_library')}
        </Link>
      </CardContent>
    </Card>
  );
};
