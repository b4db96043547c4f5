import CampaignIcon from '@mui/icons-material/Campaign';
import type { Announcement } from '@summitdesk/contracts';
import { AnnouncementCreate } from './AnnouncementCreate';
import { AnnouncementEdit } from './AnnouncementEdit';
import { AnnouncementList } from './AnnouncementList';
import { AnnouncementShow } from './AnnouncementShow';

export default {
  list: AnnouncementList,
  show: AnnouncementShow,
  edit: AnnouncementEdit,
  create: AnnouncementCreate,
  icon: CampaignIcon,
  recordRepresentation: (announcement: Announcement) => announcement.title,
};
