import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Event } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedEventActions } from './useAllowedEventActions';

// Cancelling is final, so it asks for a reason (kept in the audit log) before it goes.
export const CancelButton = () => {
  const record = useRecordContext<Event>();
  const allowed = useAllowedEventActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('events');
  if (!record || !allowed.includes('cancel')) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.events.actions.cancel"
      icon={<EventBusyIcon />}
      title={translate('summitdesk.events.cancel_dialog.title', { name: record.name })}
      content="summitdesk.events.cancel_dialog.content"
      reasonLabel="summitdesk.events.cancel_dialog.reason"
      helperText="summitdesk.events.cancel_dialog.reason_help"
      keepLabel="summitdesk.events.cancel_dialog.keep"
      submitLabel="summitdesk.events.cancel_dialog.submit"
      isPending={isPending}
      onConfirm={(reason, close) => void run(record, 'cancel', { data: { reason }, successMessage: 'summitdesk.events.done.cancel', onSuccess: close })}
    />
  );
};
