import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { Carriers, normalizeTrackingNumber, type Carrier, type Shipment } from '@summitdesk/contracts';
import { toMajor, toMinor } from '../booth-proposals/money';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedShipmentActions } from './useAllowedShipmentActions';

// Shipping asks for the carrier and its tracking number, checked per carrier as it is typed.
export const ShipButton = () => {
  const record = useRecordContext<Shipment>();
  const allowed = useAllowedShipmentActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('shipments');
  const [open, setOpen] = useState(false);
  const [carrier, setCarrier] = useState<Carrier | ''>('');
  const [tracking, setTracking] = useState('');
  const [service, setService] = useState('');
  const [cost, setCost] = useState('');
  const titleId = useId();
  if (!record || !allowed.includes('ship')) return null;

  const currency = record.currency ?? 'USD';
  const check = carrier && tracking ? normalizeTrackingNumber(carrier, tracking) : null;
  const openDialog = () => {
    setCarrier(record.carrier ?? '');
    setTracking(record.trackingNumber ?? '');
    setService(record.service ?? '');
    setCost(record.cost === null ? '' : String(toMajor(record.cost, currency)));
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!carrier || !check?.ok) return;
    const data: Record<string, unknown> = { carrier, trackingNumber: check.value, service: service.trim() || null };
    if (cost !== '') Object.assign(data, { cost: toMinor(cost, currency), currency });
    void run(record, 'ship', { data, successMessage: 'summitdesk.shipments.done.ship', onSuccess: () => setOpen(false) });
  };

  return (
    <>
      <Button label="summitdesk.shipments.actions.ship" onClick={openDialog}>
        <LocalShippingIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.shipments.ship_dialog.title', { id: record.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.shipments.ship_dialog.content')}</DialogContentText>
            <TextField
              select
              required
              fullWidth
              margin="normal"
              label={translate('summitdesk.shipments.ship_dialog.carrier')}
              value={carrier}
              onChange={(event) => setCarrier(event.target.value as Carrier)}
            >
              {Carriers.map((name) => (
                <MenuItem key={name} value={name}>
                  {name === 'other' ? translate('summitdesk.shipments.carrier_other') : name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              required
              fullWidth
              margin="normal"
              label={translate('summitdesk.shipments.ship_dialog.tracking')}
              value={tracking}
              onChange={(event) => setTracking(event.target.value)}
              error={check !== null && !check.ok}
              helperText={check && !check.ok ? check.message : ' '}
              slotProps={{ htmlInput: { maxLength: 60, autoComplete: 'off', spellCheck: false } }}
            />
            <TextField
              fullWidth
              margin="normal"
              label={translate('summitdesk.shipments.ship_dialog.service')}
              value={service}
              onChange={(event) => setService(event.target.value)}
            />
            <TextField
              fullWidth
              margin="normal"
              type="number"
              label={translate('summitdesk.shipments.ship_dialog.cost', { currency })}
              value={cost}
              onChange={(event) => setCost(event.target.value)}
              slotProps={{ htmlInput: { min: 0, step: 0.01 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.shipments.reason_dialog.keep" onClick={() => setOpen(false)} />
            <Button label="summitdesk.shipments.ship_dialog.submit" type="submit" variant="contained" disabled={isPending || !check?.ok} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
