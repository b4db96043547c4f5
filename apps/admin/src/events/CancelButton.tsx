import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { Event } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedEventActions } from './useAllowedEventActions';

const REASON_MAX_LENGTH = 1000;

// Cancelling is final, so it asks for a reason (kept in the audit log) before it goes.
export const CancelButton = () => {
  const record = useRecordContext<Event>();
  const allowed = useAllowedEventActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('events');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const titleId = useId();
  const descriptionId = useId();

  if (!record || !allowed.includes('cancel')) return null;

  const close = () => {
    setOpen(false);
    setReason('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    void run(record, 'cancel', {
      data: { reason: reason.trim() },
      successMessage: 'summitdesk.events.done.cancel',
      onSuccess: close,
    });
  };

  return (
    <>
      <Button label="summitdesk.events.actions.cancel" color="error" onClick={() => setOpen(true)}>
        <EventBusyIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} aria-describedby={descriptionId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.events.cancel_dialog.title', { name: record.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText id={descriptionId}>{translate('summitdesk.events.cancel_dialog.content')}</DialogContentText>
            <TextField
              autoFocus
              required
              multiline
              minRows={3}
              fullWidth
              margin="normal"
              variant="outlined"
              label={translate('summitdesk.events.cancel_dialog.reason')}
              helperText={translate('summitdesk.events.cancel_dialog.reason_help')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.events.cancel_dialog.keep" onClick={close} />
            <Button
              label="summitdesk.events.cancel_dialog.submit"
              type="submit"
              variant="contained"
              color="error"
              disabled={isPending || !reason.trim()}
            />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
