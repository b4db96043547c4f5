import type { ReactElement } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import EditNoteIcon from '@mui/icons-material/EditNote';
import UndoIcon from '@mui/icons-material/Undo';
import { useRecordContext, useTranslate } from 'react-admin';
import type { BoothProposal, BoothProposalAction } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedProposalActions } from './useAllowedProposalActions';

const icons: Partial<Record<BoothProposalAction, ReactElement>> = { request_changes: <EditNoteIcon />, reject: <BlockIcon />, cancel: <BlockIcon />, withdraw: <UndoIcon /> };

type Props = { action: BoothProposalAction; required?: boolean; color?: 'primary' | 'error' };

// Steps that refuse or take back (reject, request changes, withdraw, cancel) ask why first.
export const ReasonActionButton = ({ action, required = false, color = 'primary' }: Props) => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('booth-proposals');
  if (!record || !allowed.includes(action)) return null;
  const actionLabel = `summitdesk.booth_proposals.actions.${action}`;
  return (
    <ReasonDialogButton
      label={actionLabel}
      icon={icons[action] ?? <EditNoteIcon />}
      title={translate('summitdesk.booth_proposals.reason_dialog.title', { action: translate(actionLabel), event: (record.event ?? record.newEvent)?.name ?? '' })}
      reasonLabel="summitdesk.booth_proposals.reason_dialog.reason"
      helperText={required ? 'summitdesk.booth_proposals.reason_dialog.reason_help' : 'summitdesk.booth_proposals.reason_dialog.optional_help'}
      keepLabel="summitdesk.booth_proposals.reason_dialog.keep"
      submitLabel={actionLabel}
      color={color}
      required={required}
      maxLength={2000}
      isPending={isPending}
      onConfirm={(reason, close) => void run(record, action, { data: { reason }, successMessage: `summitdesk.booth_proposals.done.${action}`, onSuccess: close })}
    />
  );
};
