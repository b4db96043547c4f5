import { Box, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '@summitdesk/contracts';
import { DashboardGrid } from './DashboardGrid';

// Each role lands on its own home: organizers on the dashboard, members on "My summit desk".
export const Dashboard = () => {
  const { permissions, isPending } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (isPending || !permissions) return <Loading />;
  const organizer = permissions === 'organizer';
  const title = organizer ? 'summitdesk.dashboard.organizer_title' : 'summitdesk.dashboard.member_title';
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={title} />
      <Box component="header" sx={{ mb: 2 }}>
        <Typography component="p" variant="h5">
          {identity?.fullName ? translate('summitdesk.dashboard.welcome', { name: identity.fullName }) : translate(title)}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {translate(organizer ? 'summitdesk.dashboard.organizer_intro' : 'summitdesk.dashboard.member_intro')}
        </Typography>
      </Box>
      <DashboardGrid role={permissions} />
    </Box>
  );
};
