import { Menu as RaMenu, usePermissions } from 'react-admin';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HomeIcon from '@mui/icons-material/Home';
import PublicIcon from '@mui/icons-material/Public';
import { ReviewQueueMenuItem } from '../review-queue/ReviewQueueMenuItem';

// The dashboard entry is the organizer's Dashboard or the member's home; resource entries
// appear only where authProvider.canAccess allows the list.
export const Menu = () => {
  const { permissions } = usePermissions();
  const organizer = permissions === 'organizer';
  return (
    <RaMenu>
      <RaMenu.DashboardItem
        primaryText={organizer ? 'summitdesk.menu.dashboard' : 'summitdesk.menu.home'}
        leftIcon={organizer ? <DashboardIcon /> : <HomeIcon />}
      />
      <ReviewQueueMenuItem />
      <RaMenu.ResourceItems />
      <RaMenu.Item to="/public/events" primaryText="summitdesk.menu.public_calendar" leftIcon={<PublicIcon />} />
    </RaMenu>
  );
};
