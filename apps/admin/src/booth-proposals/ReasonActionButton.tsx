import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import EditNoteIcon from '@mui/icons-material/EditNote';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { BoothProposal, BoothProposalAction } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedProposalActions } from './useAllowedProposalActions';

const icons: Partial<Record<BoothProposalAction, React.ReactElement>> = { request_changes: <EditNoteIcon />, reject: <BlockIcon />, cancel: <BlockIcon />, withdraw: <UndoIcon /> };

type Props = { action: BoothProposalAction; required?: boolean; color?: 'primary' | 'error' };

// Steps that refuse or take back (reject, request changes, withdraw, cancel) ask why first.
export const ReasonActionButton = ({ action, required = false, color = 'primary' }: Props) => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('booth-proposals');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const titleId = useId();
  if (!record || !allowed.includes(action)) return null;
  const close = () => {
    setOpen(false);
    setReason('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (required && !reason.trim()) return;
    void run(record, action, { data: { reason: reason.trim() || undefined }, successMessage: `summitdesk.booth_proposals.done.${action}`, onSuccess: close });
  };
  const actionLabel = translate(`summitdesk.booth_proposals.actions.${action}`);
  return (
    <>
      <Button label={`summitdesk.booth_proposals.actions.${action}`} color={color} onClick={() => setOpen(true)}>
        {icons[action] ?? <EditNoteIcon />}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.booth_proposals.reason_dialog.title', { action: actionLabel, event: (record.event ?? record.newEvent)?.name ?? '' })}</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              required={required}
              multiline
              minRows={3}
              fullWidth
              margin="normal"
              label={translate('summitdesk.booth_proposals.reason_dialog.reason')}
              helperText={translate(required ? 'summitdesk.booth_proposals.reason_dialog.reason_help' : 'summitdesk.booth_proposals.reason_dialog.optional_help')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.booth_proposals.reason_dialog.keep" onClick={close} />
            <Button label={`summitdesk.booth_proposals.actions.${action}`} type="submit" variant="contained" color={color} disabled={isPending || (required && !reason.trim())} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
