import { Button } from '@mui/material';
import ViewQuiltIcon from '@mui/icons-material/ViewQuilt';
import { useListContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

// From the list to the grid, for the summit the list is filtered on (or a picker when none is).
export const AgendaBuilderButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const eventId = filterValues?.eventId;
  return (
    <Button
      component={RouterLink}
      to={eventId ? `/agenda-builder/${eventId}` : '/agenda-builder'}
      size="small"
      startIcon={<ViewQuiltIcon />}
    >
      {translate('summitdesk.cfp_program.agenda.builder.open')}
    </Button>
  );
};
