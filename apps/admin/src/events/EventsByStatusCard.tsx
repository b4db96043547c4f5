import { Box, Link, List, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import { EventStatuses } from '@summitdesk/contracts';
import { DashboardCard } from '../dashboard/DashboardCard';
import { EventStatusCountRow } from './EventStatusCountRow';

const countOnly = { pagination: { page: 1, perPage: 1 } };

export const EventsByStatusCard = () => {
  const translate = useTranslate();
  const { total } = useGetList('events', countOnly);
  return (
    <DashboardCard
      title="summitdesk.dashboard.events_by_status"
      icon={<FlagIcon />}
      action={
        <Link component={RouterLink} to="/events">
          {translate('summitdesk.dashboard.all_events')}
        </Link>
      }
    >
      <List dense disablePadding>
        {EventStatuses.map((status) => (
          <EventStatusCountRow key={status} status={status} total={total} />
        ))}
      </List>
      {total != null ? (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('summitdesk.dashboard.events_total', { smart_count: total })}
          </Typography>
        </Box>
      ) : null}
    </DashboardCard>
  );
};
