import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import UpcomingIcon from '@mui/icons-material/Upcoming';
import { Link as RouterLink } from 'react-router-dom';
import { RecordContextProvider, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { Event } from '@summitdesk/contracts';
import { DashboardCard } from '../dashboard/DashboardCard';
import { todayIso } from '../common/dates';
import { EventDatesField } from './EventDatesField';
import { EventPlaceField } from './EventPlaceField';
import { EventStatusChip } from './EventStatusChip';

export const UpcomingEventsCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const today = todayIso();
  const { data, isPending, error } = useGetList<Event>('events', {
    filter: { startDate_gte: today },
    sort: { field: 'startDate', order: 'ASC' },
    pagination: { page: 1, perPage: 6 },
  });
  return (
    <DashboardCard
      title="summitdesk.dashboard.upcoming_events"
      icon={<UpcomingIcon />}
      action={
        <Link component={RouterLink} to={`/events?filter=${encodeURIComponent(JSON.stringify({ startDate_gte: today }))}`}>
          {translate('summitdesk.dashboard.all_events')}
        </Link>
      }
    >
      {isPending ? (
        <Typography variant="body2" color="text.secondary" role="status">
          {translate('summitdesk.common.loading')}
        </Typography>
      ) : error ? (
        <Typography variant="body2" color="error" role="alert">
          {translate('summitdesk.common.load_error')}
        </Typography>
      ) : !data?.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.dashboard.no_upcoming')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {data.map((event) => (
            <RecordContextProvider key={event.id} value={event}>
              <ListItem disableGutters divider secondaryAction={<EventStatusChip />}>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={createPath({ resource: 'events', id: event.id, type: 'show' })}>
                      {event.name}
                    </Link>
                  }
                  secondary={
                    <>
                      <EventDatesField />
                      <br />
                      <EventPlaceField withVenue />
                    </>
                  }
                  slotProps={{ secondary: { component: 'span' } }}
                  sx={{ pr: 12 }}
                />
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
      )}
    </DashboardCard>
  );
};
