import { Box, Typography } from '@mui/material';
import { Labeled, TextField, UrlField, useRecordContext } from 'react-admin';
import type { Event } from '@summitdesk/contracts';
import { CountryField } from '../common/CountryField';
import { EventDatesField } from './EventDatesField';
import { EventKindField } from './EventKindField';
import { EventStatusChip } from './EventStatusChip';

const row = { display: 'flex', flexWrap: 'wrap', columnGap: 5, rowGap: 1 } as const;

// `label={false}` tells the tab not to put a label above the whole block.
export const EventDetails = (_props: { label?: false }) => {
  const record = useRecordContext<Event>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={row}>
        <Labeled source="status">
          <EventStatusChip />
        </Labeled>
        <Labeled source="kind">
          <EventKindField />
        </Labeled>
        <Labeled label="summitdesk.events.dates">
          <EventDatesField />
        </Labeled>
      </Box>
      <Box sx={row}>
        <Labeled source="venue">
          <TextField source="venue" emptyText="—" />
        </Labeled>
        <Labeled source="city">
          <TextField source="city" emptyText="—" />
        </Labeled>
        <Labeled source="country">
          <CountryField source="country" />
        </Labeled>
      </Box>
      <Box sx={row}>
        <Labeled source="hostOrganization">
          <TextField source="hostOrganization" emptyText="—" />
        </Labeled>
        <Labeled source="website">
          <UrlField source="website" target="_blank" rel="noopener noreferrer" emptyText="—" />
        </Labeled>
        <Labeled source="slug">
          <TextField source="slug" />
        </Labeled>
      </Box>
      {record.description ? (
        <Labeled source="description">
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: '70ch' }}>
            {record.description}
          </Typography>
        </Labeled>
      ) : null}
    </Box>
  );
};
