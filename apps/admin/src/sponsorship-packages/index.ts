import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { SponsorshipPackage } from '@summitdesk/contracts';
import { SponsorshipPackageCreate } from './SponsorshipPackageCreate';
import { SponsorshipPackageEdit } from './SponsorshipPackageEdit';
import { SponsorshipPackageList } from './SponsorshipPackageList';

// Packages are read on their event's page and on the Sponsor page; the list opens the form.
export default {
  list: SponsorshipPackageList,
  edit: SponsorshipPackageEdit,
  create: SponsorshipPackageCreate,
  icon: WorkspacePremiumIcon,
  recordRepresentation: (sponsorshipPackage: SponsorshipPackage) => sponsorshipPackage.name,
};
