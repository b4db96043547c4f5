import PaidIcon from '@mui/icons-material/Paid';
import type { Sponsorship } from '@summitdesk/contracts';
import { SponsorshipList } from './SponsorshipList';
import { SponsorshipShow } from './SponsorshipShow';

// Sponsorships are started from the Sponsor page (a checkout), not typed in: no create or edit form.
export default {
  list: SponsorshipList,
  show: SponsorshipShow,
  icon: PaidIcon,
  recordRepresentation: (sponsorship: Sponsorship) => `#${sponsorship.id}`,
};
