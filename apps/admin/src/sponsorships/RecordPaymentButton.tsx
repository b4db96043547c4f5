import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { MoneyText } from '../booth-proposals/MoneyText';
import { useAllowedSponsorshipActions } from './useAllowedSponsorshipActions';

// A bank transfer arrived: the organizer books it by hand, with the reference from the statement.
export const RecordPaymentButton = () => {
  const record = useRecordContext<Sponsorship>();
  const allowed = useAllowedSponsorshipActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('sponsorships');
  if (!record || !allowed.includes('record_payment')) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.sponsorships.actions.record_payment"
      icon={<AccountBalanceIcon />}
      color="primary"
      title={translate('summitdesk.sponsorships.dialogs.record_payment.title', { id: record.id })}
      content="summitdesk.sponsorships.dialogs.record_payment.content"
      reasonLabel="summitdesk.sponsorships.dialogs.record_payment.reference"
      helperText="summitdesk.sponsorships.dialogs.record_payment.reference_help"
      keepLabel="summitdesk.sponsorships.dialogs.keep"
      submitLabel="summitdesk.sponsorships.actions.record_payment"
      maxLength={200}
      isPending={isPending}
      onConfirm={(reference, close) => void run(record, 'record_payment', { data: { reference }, successMessage: 'summitdesk.sponsorships.done.record_payment', onSuccess: close })}
    >
      <MoneyText amount={record.amount} currency={record.currency} />
    </ReasonDialogButton>
  );
};
