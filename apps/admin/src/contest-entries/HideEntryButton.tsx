import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { ContestEntry } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedEntryActions } from './useAllowedEntryActions';

const REASON_MAX_LENGTH = 1000;

// Hiding asks for the reason, which the author receives by e-mail.
export const HideEntryButton = () => {
  const record = useRecordContext<ContestEntry>();
  const allowed = useAllowedEntryActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('contest-entries');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const titleId = useId();
  if (!record || !allowed.includes('hide')) return null;
  const close = () => {
    setOpen(false);
    setReason('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    void run(record, 'hide', { data: { reason: reason.trim() }, successMessage: 'summitdesk.contest_entries.done.hide', onSuccess: close });
  };
  return (
    <>
      <Button label="summitdesk.contest_entries.actions.hide" color="error" onClick={() => setOpen(true)}>
        <VisibilityOffIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.contest_entries.hide_dialog.title', { title: record.title })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.contest_entries.hide_dialog.content')}</DialogContentText>
            <TextField
              autoFocus
              required
              multiline
              minRows={3}
              fullWidth
              margin="normal"
              label={translate('summitdesk.contest_entries.hide_dialog.reason')}
              helperText={translate('summitdesk.contest_entries.hide_dialog.reason_help')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.contest_entries.hide_dialog.keep" onClick={close} />
            <Button label="summitdesk.contest_entries.hide_dialog.submit" type="submit" variant="contained" color="error" disabled={isPending || !reason.trim()} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
