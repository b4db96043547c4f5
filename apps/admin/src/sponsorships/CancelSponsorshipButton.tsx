import CancelIcon from '@mui/icons-material/Cancel';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedSponsorshipActions } from './useAllowedSponsorshipActions';

// Gives a pending checkout's place back to the package; the reason is optional but kept in the history.
export const CancelSponsorshipButton = () => {
  const record = useRecordContext<Sponsorship>();
  const allowed = useAllowedSponsorshipActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('sponsorships');
  if (!record || !allowed.includes('cancel')) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.sponsorships.actions.cancel"
      icon={<CancelIcon />}
      title={translate('summitdesk.sponsorships.dialogs.cancel.title', { id: record.id })}
      content="summitdesk.sponsorships.dialogs.cancel.content"
      reasonLabel="summitdesk.sponsorships.dialogs.reason"
      keepLabel="summitdesk.sponsorships.dialogs.keep"
      submitLabel="summitdesk.sponsorships.actions.cancel"
      required={false}
      maxLength={500}
      isPending={isPending}
      onConfirm={(reason, close) => void run(record, 'cancel', { data: { reason: reason ?? null }, successMessage: 'summitdesk.sponsorships.done.cancel', onSuccess: close })}
    />
  );
};
