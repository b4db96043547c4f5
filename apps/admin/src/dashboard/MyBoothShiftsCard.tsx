import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Link as RouterLink } from 'react-router-dom';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import type { BoothShift } from '@summitdesk/contracts';
import { BoothShiftStatusChip } from '../booth-shifts/BoothShiftStatusChip';
import { todayIso } from '../common/dates';
import { DashboardCard } from './DashboardCard';

// A member's coming booth shifts, in the events' own time zones.
export const MyBoothShiftsCard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data } = useGetList<BoothShift>(
    'booth-shifts',
    {
      filter: { userId: identity?.id, status: ['offered', 'confirmed'], day_gte: todayIso() },
      sort: { field: 'day', order: 'ASC' },
      pagination: { page: 1, perPage: 5 },
    },
    { enabled: Boolean(identity) },
  );
  return (
    <DashboardCard
      title="summitdesk.booth_shifts.mine"
      icon={<ScheduleIcon />}
      action={
        <Button component={RouterLink} to="/booth-shifts/create" variant="outlined" size="small">
          {translate('summitdesk.booth_shifts.volunteer')}
        </Button>
      }
    >
      {data && data.length === 0 ? <Typography variant="body2">{translate('summitdesk.booth_shifts.empty')}</Typography> : null}
      <List dense disablePadding>
        {(data ?? []).map((shift) => (
          <ListItem key={shift.id} disableGutters secondaryAction={<BoothShiftStatusChip status={shift.status} />}>
            <ListItemText
              primary={shift.boothName}
              secondary={`${shift.day} ${shift.startTime}–${shift.endTime} (${shift.timeZone.replace(/_/g, ' ')})`}
            />
          </ListItem>
        ))}
      </List>
    </DashboardCard>
  );
};
