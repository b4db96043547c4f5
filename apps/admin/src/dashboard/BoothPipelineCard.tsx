import { Link, Typography, useTheme } from '@mui/material';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDataProvider, useTranslate } from 'react-admin';
import { type BoothProposalStatus } from '@summitdesk/contracts';
import { boothProposalStatusColors } from '../common/statusColors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { DashboardCard } from './DashboardCard';

type PipelineRow = { status: BoothProposalStatus; count: number };

// Booth proposals per state as bars; a bar opens the list filtered to its state.
export const BoothPipelineCard = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { data } = useQuery({
    queryKey: ['booth-proposals', 'pipeline'],
    queryFn: async () => (await dataProvider.getView<PipelineRow[]>('booth-proposals', { view: 'pipeline' })).data,
  });
  const rows = (data ?? []).map((row) => ({ ...row, label: translate(`summitdesk.statuses.booth-proposal.${row.status}`) }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const colour = (status: BoothProposalStatus) => {
    const name = boothProposalStatusColors[status];
    return name === 'default' ? theme.palette.grey[500] : theme.palette[name].main;
  };
  const open = (status: BoothProposalStatus) => navigate(`/booth-proposals?filter=${encodeURIComponent(JSON.stringify({ status }))}`);
  return (
    <DashboardCard
      title="summitdesk.booth_proposals.pipeline.title"
      icon={<StorefrontIcon />}
      action={
        <Link
          component={RouterLink}
          to={`/booth-proposals?filter=${encodeURIComponent(JSON.stringify({ status: ['submitted', 'in_review'] }))}`}
        >
          {translate('summitdesk.booth_proposals.pipeline.open_queue')}
        </Link>
      }
    >
      <ResponsiveContainer width="100%" height={360}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={140} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={translate('resources.booth-proposals.name', { smart_count: 2 })}
            onClick={(entry: { payload?: PipelineRow }) => entry.payload && open(entry.payload.status)}
            cursor="pointer"
          >
            {rows.map((row) => (
              <Cell key={row.status} fill={colour(row.status)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {/* The same figures as text, for screen readers and keyboard users. */}
      <Typography
        component="ul"
        variant="body2"
        sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
      >
        {rows.map((row) => (
          <li key={row.status}>
            <RouterLink
              to={`/booth-proposals?filter=${encodeURIComponent(JSON.stringify({ status: row.status }))}`}
            >{`${row.label}: ${row.count}`}</RouterLink>
          </li>
        ))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('summitdesk.booth_proposals.pipeline.total', { smart_count: total })}
      </Typography>
    </DashboardCard>
  );
};
