import { Alert, Box, CircularProgress, List, ListItem, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Event, EventKind } from '@summitdesk/contracts';
import { formatDateRange } from '../common/dates';

const SUMMIT: EventKind = 'summit';

// The builder works on one summit at a time; without one in the address, ask which.
export const SummitPicker = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<Event>('events', {
    filter: { kind: SUMMIT },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startDate', order: 'DESC' },
  });
  return (
    <Box sx={{ py: 2, maxWidth: 640 }}>
      <Title title="summitdesk.cfp_program.agenda.builder.open" />
      <Typography component="h1" variant="h5" sx={{ mb: 1 }}>
        {translate('summitdesk.cfp_program.agenda.builder.open')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('summitdesk.cfp_program.agenda.builder.pick_summit')}
      </Typography>
      {isPending ? <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} /> : null}
      {data && data.length === 0 ? <Alert severity="info">{translate('summitdesk.cfp_program.agenda.builder.no_summits')}</Alert> : null}
      {data && data.length > 0 ? (
        <Paper variant="outlined">
          <List>
            {data.map((event) => (
              <ListItem key={event.id} disablePadding>
                <ListItemButton component={RouterLink} to={`/agenda-builder/${event.id}`}>
                  <ListItemText
                    primary={event.name}
                    secondary={`${formatDateRange(event.startDate, event.endDate, locale)} · ${event.timeZone.replace(/_/g, ' ')}`}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Paper>
      ) : null}
    </Box>
  );
};
