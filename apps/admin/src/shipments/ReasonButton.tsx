import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedShipmentActions } from './useAllowedShipmentActions';

// Losing or cancelling a parcel undoes work, so it asks why; the reason stays in the history.
export const ReasonButton = ({ action, icon }: { action: 'lose' | 'cancel'; icon: ReactElement }) => {
  const record = useRecordContext<Shipment>();
  const allowed = useAllowedShipmentActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('shipments');
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
    if (!reason.trim()) return;
    void run(record, action, { data: { reason: reason.trim() }, successMessage: `summitdesk.shipments.done.${action}`, onSuccess: close });
  };
  return (
    <>
      <Button label={`summitdesk.shipments.actions.${action}`} color="error" onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate(`summitdesk.shipments.reason_dialog.${action}.title`, { id: record.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate(`summitdesk.shipments.reason_dialog.${action}.content`)}</DialogContentText>
            <TextField
              autoFocus
              required
              multiline
              minRows={3}
              fullWidth
              margin="normal"
              label={translate('summitdesk.shipments.reason_dialog.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.shipments.reason_dialog.keep" onClick={close} />
            <Button label="summitdesk.shipments.reason_dialog.submit" type="submit" variant="contained" color="error" disabled={isPending || !reason.trim()} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
