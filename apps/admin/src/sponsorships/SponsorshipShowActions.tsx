import { TopToolbar } from 'react-admin';
import { CancelSponsorshipButton } from './CancelSponsorshipButton';
import { RecordPaymentButton } from './RecordPaymentButton';
import { RefundButton } from './RefundButton';

// Each button shows only when the contracts' machine (and the API, for this caller) allows the step.
export const SponsorshipShowActions = () => (
  <TopToolbar>
    <RecordPaymentButton />
    <RefundButton />
    <CancelSponsorshipButton />
  </TopToolbar>
);
