import { EditButton, TopToolbar } from 'react-admin';
import { SponsorLogoUploadButton } from './SponsorLogoUploadButton';
import { VerifyButton } from './VerifyButton';

export const SponsorShowActions = () => (
  <TopToolbar>
    <VerifyButton />
    <SponsorLogoUploadButton />
    <EditButton />
  </TopToolbar>
);
