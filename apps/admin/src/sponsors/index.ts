import BusinessIcon from '@mui/icons-material/Business';
import type { Sponsor } from '@summitdesk/contracts';
import { SponsorCreate } from './SponsorCreate';
import { SponsorEdit } from './SponsorEdit';
import { SponsorList } from './SponsorList';
import { SponsorShow } from './SponsorShow';

export default {
  list: SponsorList,
  show: SponsorShow,
  edit: SponsorEdit,
  create: SponsorCreate,
  icon: BusinessIcon,
  recordRepresentation: (sponsor: Sponsor) => sponsor.name,
};
