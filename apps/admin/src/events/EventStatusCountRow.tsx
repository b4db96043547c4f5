import { LinearProgress, Link, ListItem } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { EventStatus } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { EventStatusChip } from './EventStatusChip';

const countOnly = { pagination: { page: 1, perPage: 1 } };

const listLink = (filter: object) => `/events?filter=${encodeURIComponent(JSON.stringify(filter))}`;

// Counts come from Content-Range totals: one tiny request per status, no rows fetched.
export const EventStatusCountRow = ({ status, total }: { status: EventStatus; total: number | undefined }) => {
  const translate = useTranslate();
  const { total: count, isPending } = useGetList('events', { ...countOnly, filter: { status } });
  const label = translate(`summitdesk.statuses.event.${status}`, { _: humanize(status) });
  return (
    <ListItem disableGutters sx={{ display: 'grid', gridTemplateColumns: '8.5rem 3rem 1fr', alignItems: 'center', gap: 1 }}>
      <EventStatusChip status={status} />
      <Link
        component={RouterLink}
        to={listLink({ status })}
        aria-label={translate('summitdesk.dashboard.show_status', { count: isPending ? '…' : (count ?? 0), status: label })}
        sx={{ fontWeight: 600, textAlign: 'right' }}
      >
        {isPending ? '…' : (count ?? 0)}
      </Link>
      <LinearProgress
        variant="determinate"
        value={total && count ? (count / total) * 100 : 0}
        aria-hidden="true"
        sx={{ height: 8, borderRadius: 4 }}
      />
    </ListItem>
  );
};
