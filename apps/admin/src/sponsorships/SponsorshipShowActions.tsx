import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import CancelIcon from '@mui/icons-material/Cancel';
import ReplayIcon from '@mui/icons-material/Replay';
import { TopToolbar } from 'react-admin';
import { CancelSponsorshipSchema, RecordSponsorshipPaymentSchema, RefundSponsorshipSchema, type Sponsorship } from '@summitdesk/contracts';
import { WorkflowActionButton } from '../common/WorkflowActionButton';
import { allowedSponsorshipActions, type SponsorshipButtonAction } from './allowedSponsorshipActions';
import { ReferenceInput, RefundAmountInput } from './RefundAmountInput';

const messages = 'summitdesk.sponsorships';

// Each button shows only when the contracts' machine (and the API, for this caller) allows the step.
export const SponsorshipShowActions = () => (
  <TopToolbar>
    {/* A bank transfer arrived: the organizer books it by hand, with the reference from the statement. */}
    <WorkflowActionButton<Sponsorship, SponsorshipButtonAction>
      resource="sponsorships"
      action="record_payment"
      allowedActions={allowedSponsorshipActions}
      messages={messages}
      icon={<AccountBalanceIcon />}
      dialog={(record, translate) => ({
        title: translate('summitdesk.sponsorships.dialogs.record_payment.title', { id: record.id }),
        content: 'summitdesk.sponsorships.dialogs.record_payment.content',
        schema: RecordSponsorshipPaymentSchema,
        keepLabel: 'summitdesk.sponsorships.dialogs.keep',
        children: <ReferenceInput />,
      })}
    />
    {/* Money goes back: for a card payment Stripe moves it and its webhook sets the final state. */}
    <WorkflowActionButton<Sponsorship, SponsorshipButtonAction>
      resource="sponsorships"
      action="refund"
      allowedActions={allowedSponsorshipActions}
      messages={messages}
      icon={<ReplayIcon />}
      color="error"
      dialog={(record, translate) => ({
        title: translate('summitdesk.sponsorships.dialogs.refund.title', { id: record.id }),
        content: 'summitdesk.sponsorships.dialogs.refund.content',
        schema: RefundSponsorshipSchema,
        keepLabel: 'summitdesk.sponsorships.dialogs.keep',
        children: <RefundAmountInput sponsorship={record} />,
      })}
    />
    {/* Gives a pending checkout's place back to the package; the reason is kept in the history. */}
    <WorkflowActionButton<Sponsorship, SponsorshipButtonAction>
      resource="sponsorships"
      action="cancel"
      allowedActions={allowedSponsorshipActions}
      messages={messages}
      icon={<CancelIcon />}
      color="error"
      dialog={(record, translate) => ({
        title: translate('summitdesk.sponsorships.dialogs.cancel.title', { id: record.id }),
        content: 'summitdesk.sponsorships.dialogs.cancel.content',
        schema: CancelSponsorshipSchema,
        reasonLabel: 'summitdesk.sponsorships.dialogs.reason',
        keepLabel: 'summitdesk.sponsorships.dialogs.keep',
      })}
    />
  </TopToolbar>
);
