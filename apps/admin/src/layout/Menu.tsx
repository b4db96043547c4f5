import { Menu as RaMenu, useGetIdentity, useGetList, usePermissions } from 'react-admin';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HomeIcon from '@mui/icons-material/Home';
import PublicIcon from '@mui/icons-material/Public';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import StorefrontIcon from '@mui/icons-material/Storefront';
import HandshakeIcon from '@mui/icons-material/Handshake';
import InsightsIcon from '@mui/icons-material/Insights';
import LocalLibraryIcon from '@mui/icons-material/LocalLibrary';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import NewspaperIcon from '@mui/icons-material/Newspaper';
import TuneIcon from '@mui/icons-material/Tune';
import { ReviewQueueMenuItem } from '../review-queue/ReviewQueueMenuItem';

// The dashboard entry is the organizer's Dashboard or the member's home. Organizers see every
// resource; a member sees their own work (UX.md), plus the committee's screens once they hold a
// seat. Other pages (a booth's shipments, contest entries) are reached from the records they
// belong to, and authProvider.canAccess still guards every route.
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
      {organizer ? <RaMenu.ResourceItems /> : <MemberItems />}
      {organizer ? <RaMenu.Item to="/statistics" primaryText="summitdesk.statistics.menu" leftIcon={<InsightsIcon />} /> : null}
      <RaMenu.Item to="/settings/news" primaryText="summitdesk.subscriptions.menu" leftIcon={<MarkEmailUnreadIcon />} />
      <RaMenu.Item to="/settings/mail" primaryText="summitdesk.mail_settings.menu" leftIcon={<TuneIcon />} />
      <RaMenu.Item to="/public/events" primaryText="summitdesk.menu.public_calendar" leftIcon={<PublicIcon />} />
      <RaMenu.Item to="/public/presentations" primaryText="summitdesk.presentations.public.title" leftIcon={<LocalLibraryIcon />} />
      <RaMenu.Item to="/public/news" primaryText="summitdesk.announcements.public.title" leftIcon={<NewspaperIcon />} />
    </RaMenu>
  );
};

const MemberItems = () => {
  const { identity } = useGetIdentity();
  const { total: seats } = useGetList(
    'committee-seats',
    { filter: { userId: identity?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: identity?.id != null },
  );
  return (
    <>
      <RaMenu.ResourceItem name="events" />
      <RaMenu.Item to="/booth-proposals" primaryText="summitdesk.menu.my_booth_proposals" leftIcon={<StorefrontIcon />} />
      <RaMenu.ResourceItem name="booth-shifts" />
      <RaMenu.Item to="/submissions" primaryText="summitdesk.menu.my_talks" leftIcon={<RecordVoiceOverIcon />} />
      <RaMenu.ResourceItem name="presentations" />
      <RaMenu.ResourceItem name="contests" />
      <RaMenu.Item to="/sponsor" primaryText="summitdesk.sponsor_page.menu" leftIcon={<HandshakeIcon />} />
      {seats ? (
        <>
          <RaMenu.ResourceItem name="cfps" />
          <RaMenu.ResourceItem name="committees" />
          <RaMenu.ResourceItem name="conflicts" />
          <RaMenu.ResourceItem name="reviews" />
          <RaMenu.ResourceItem name="agenda-slots" />
          <RaMenu.ResourceItem name="announcements" />
        </>
      ) : null}
    </>
  );
};
