import { useId, useState, type FormEvent, type MouseEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import AddBoxIcon from '@mui/icons-material/AddBox';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { InventoryItem } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

// Stock arrives only as a recorded restock (a stock movement with who and why), never by editing a number.
export const RestockButton = (_props: { label?: string }) => {
  const record = useRecordContext<InventoryItem>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('inventory-items');
  const [open, setOpen] = useState(false);
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const titleId = useId();
  if (!record) return null;
  const amount = Number(quantity);
  const valid = Number.isInteger(amount) && amount > 0;
  const close = () => {
    setOpen(false);
    setQuantity('');
    setNote('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void run(record, 'restock', { data: { quantity: amount, note: note.trim() || null, version: undefined }, successMessage: 'summitdesk.stock.restocked', onSuccess: close });
  };
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={stop}>
      <Button label="summitdesk.stock.restock" onClick={() => setOpen(true)}>
        <AddBoxIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="xs">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.stock.restock_title', { name: record.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.stock.restock_content')}</DialogContentText>
            <TextField autoFocus required fullWidth margin="normal" type="number" label={translate('summitdesk.stock.quantity')} value={quantity} onChange={(event) => setQuantity(event.target.value)} slotProps={{ htmlInput: { min: 1, step: 1 } }} />
            <TextField fullWidth margin="normal" label={translate('summitdesk.stock.note')} value={note} onChange={(event) => setNote(event.target.value)} slotProps={{ htmlInput: { maxLength: 1000 } }} />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.shipments.reason_dialog.keep" onClick={close} />
            <Button label="summitdesk.stock.restock" type="submit" variant="contained" disabled={isPending || !valid} />
          </DialogActions>
        </form>
      </Dialog>
    </span>
  );
};
