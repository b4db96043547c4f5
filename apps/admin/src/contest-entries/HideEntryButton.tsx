import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ContestEntry } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedEntryActions } from './useAllowedEntryActions';

// Hiding asks for the reason, which the author receives by e-mail.
export const HideEntryButton = () => {
  const record = useRecordContext<ContestEntry>();
  const allowed = useAllowedEntryActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('contest-entries');
  if (!record || !allowed.includes('hide')) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.contest_entries.actions.hide"
      icon={<VisibilityOffIcon />}
      title={translate('summitdesk.contest_entries.hide_dialog.title', { title: record.title })}
      content="summitdesk.contest_entries.hide_dialog.content"
      reasonLabel="summitdesk.contest_entries.hide_dialog.reason"
      helperText="summitdesk.contest_entries.hide_dialog.reason_help"
      keepLabel="summitdesk.contest_entries.hide_dialog.keep"
      submitLabel="summitdesk.contest_entries.hide_dialog.submit"
      isPending={isPending}
      onConfirm={(reason, close) => void run(record, 'hide', { data: { reason }, successMessage: 'summitdesk.contest_entries.done.hide', onSuccess: close })}
    />
  );
};
