import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { StatisticsRow } from '@summitdesk/contracts';

type Props = { rows: StatisticsRow[]; figures: ReadonlyArray<{ key: keyof StatisticsRow; color: string }> };

// Loaded lazily by StatisticsPage (React.lazy), so the chart library is fetched with this page only.
export default function StatisticsChart({ rows, figures }: Props) {
  const translate = useTranslate();
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {figures.map((figure) => (
          <Bar key={figure.key} dataKey={figure.key} name={translate(`summitdesk.statistics.figures.${figure.key}`)} fill={figure.color} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
