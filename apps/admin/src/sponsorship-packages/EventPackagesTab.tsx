import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { Link } from 'react-router-dom';
import type { Event } from '@summitdesk/contracts';
import { PackagesTable } from './PackagesTable';

// The event page's "Sponsorship packages" tab: its tiers with what is left, and a new one for this event.
export const EventPackagesTab = (_props: { label?: false }) => {
  const event = useRecordContext<Event>();
  const translate = useTranslate();
  if (!event) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button
          component={Link}
          to={`/sponsorship-packages/create?source=${encodeURIComponent(JSON.stringify({ eventId: event.id }))}`}
          label="summitdesk.sponsorship_packages.create"
        >
          <AddIcon />
        </Button>
      </Box>
      <ReferenceManyField
        reference="sponsorship-packages"
        target="eventId"
        sort={{ field: 'price', order: 'DESC' }}
        empty={<Box sx={{ p: 2, color: 'text.secondary' }}>{translate('summitdesk.sponsorship_packages.none_for_event')}</Box>}
      >
        <PackagesTable withEvent={false} />
      </ReferenceManyField>
    </Box>
  );
};
