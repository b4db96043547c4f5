import { Alert } from '@mui/material';
import { DateField, ReferenceField, Show, TabbedShowLayout, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { sponsorshipMachine, type Sponsorship } from '@summitdesk/contracts';
import { HistoryTab } from '../audit-log/HistoryTab';
import { CheckoutOutcomePanel } from '../sponsor-page/CheckoutOutcomePanel';
import { humanize } from '../common/text';
import { SponsorshipAmountField, SponsorshipRefundField } from './SponsorshipAmountField';
import { SponsorshipShowActions } from './SponsorshipShowActions';
import { SponsorshipStatusChip } from './SponsorshipStatusChip';
import { SponsorshipStepper } from './SponsorshipStepper';
import { StripeLinksField } from './StripeLinksField';
import { dateTimeOptions } from '../common/dates';

// The state a chargeback leaves the sponsorship in, as the machine names it.
const DISPUTED = sponsorshipMachine.table.dispute.to;

// A dispute is handled in Stripe's dashboard; say so where the organizer looks first.
const DisputeAlert = () => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  if (record?.status !== DISPUTED) return null;
  return (
    <Alert severity="error" sx={{ mx: 2, mt: 2 }}>
      {translate('summitdesk.sponsorships.disputed_help')}
    </Alert>
  );
};

const PaymentMethodField = (_props: { label?: string }) => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(`summitdesk.sponsorships.payment_methods.${record.paymentMethod}`, { _: humanize(record.paymentMethod) })}</>;
};

export const SponsorshipShow = () => {
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show actions={<SponsorshipShowActions />}>
      <CheckoutOutcomePanel />
      <SponsorshipStepper />
      <DisputeAlert />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.sponsorships.tabs.details">
          <SponsorshipStatusChip label="resources.sponsorships.fields.status" />
          <ReferenceField source="sponsorId" reference="sponsors" link="show" />
          <ReferenceField source="packageId" reference="sponsorship-packages" link={false} />
          <ReferenceField source="eventId" reference="events" link="show" />
          <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" emptyText="—" />
          <SponsorshipAmountField label="resources.sponsorships.fields.amount" />
          <SponsorshipRefundField label="resources.sponsorships.fields.amountRefunded" />
          <PaymentMethodField label="resources.sponsorships.fields.paymentMethod" />
          <TextField source="paymentReference" emptyText="—" />
          {canSeeHistory ? <StripeLinksField label="resources.sponsorships.fields.stripePaymentIntentId" /> : null}
          <DateField source="holdExpiresAt" showTime options={dateTimeOptions} emptyText="—" />
          <DateField source="paidAt" showTime options={dateTimeOptions} emptyText="—" />
          <DateField source="createdAt" showTime options={dateTimeOptions} />
        </TabbedShowLayout.Tab>
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.sponsorships.tabs.history" path="history">
            <HistoryTab entity="sponsorship" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
