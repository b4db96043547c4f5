import { Box, Typography, useTheme } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, type BurnDownPoint } from '@summitdesk/contracts';
import { useBurnDown } from './useBudgetFigures';

// Allocated and paid climb, remaining falls, one point per day with ledger entries.
// The ledger's points, drawn across the whole budget year: from the untouched budget before the
// first entry to the last balance carried to 31 December.
function spanYear(points: BurnDownPoint[], year: number, amount: number): BurnDownPoint[] {
  if (points.length === 0) return [];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const first = points[0]!;
  const last = points.at(-1)!;
  const before = first.date > start ? [{ date: start, allocated: 0, paid: 0, income: 0, remaining: amount }] : [];
  const after = last.date < end ? [{ ...last, date: end }] : [];
  return [...before, ...points, ...after];
}

export const BurnDownChart = ({
  budgetId,
  currency,
  year,
  amount,
  height = 280,
}: {
  budgetId: number;
  currency: string;
  year: number;
  amount: number;
  height?: number;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const { data: points } = useBurnDown(budgetId);
  if (!points) return null;
  const data = spanYear(points, year, amount);
  // Sponsorship income (cumulative, net of refunds) is drawn once there is any.
  const withIncome = points.some((point) => point.income !== 0);
  const money = (value: number) => formatMoney(value, currency, locale);
  const lines = [
    { key: 'allocated', color: theme.palette.info.main },
    { key: 'paid', color: theme.palette.success.main },
    { key: 'remaining', color: theme.palette.warning.main },
    ...(withIncome ? [{ key: 'income', color: theme.palette.secondary.main }] : []),
  ] as const;
  const summary = data.at(-1);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('summitdesk.budgets.burn_down_help')}
      </Typography>
      {/* The last point in words, for screen readers and for a glance. */}
      {summary ? (
        <Typography variant="body2" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {lines
            .map(
              (line) =>
                `${translate(`summitdesk.budgets.${line.key}`)}: ${money((summary as Record<string, unknown>)[line.key] as number)}`,
            )
            .join(', ')}
        </Typography>
      ) : null}
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis tickFormatter={money} width={90} />
          <Tooltip formatter={(value) => money(Number(value))} />
          <Legend />
          {lines.map((line) => (
            <Line
              key={line.key}
              type="stepAfter"
              dataKey={line.key}
              name={translate(`summitdesk.budgets.${line.key}`)}
              stroke={line.color}
              strokeWidth={2}
              dot={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};
