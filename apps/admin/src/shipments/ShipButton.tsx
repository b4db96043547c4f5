import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { NumberInput, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Carriers, isCarrier, normalizeTrackingNumber, ShipShipmentSchema, type Shipment } from '@summitdesk/contracts';
import { toMajor, toMinor } from '../booth-proposals/money';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedShipmentActions } from './useAllowedShipmentActions';

// The ship contract, and the carrier's own format for its tracking numbers, checked as it is typed.
const ShipDialogSchema = ShipShipmentSchema.superRefine((values, context) => {
  if (!values.carrier || !isCarrier(values.carrier)) return;
  const check = normalizeTrackingNumber(values.carrier, values.trackingNumber);
  if (!check.ok) context.addIssue({ code: 'custom', path: ['trackingNumber'], message: check.message });
});

// Shipping asks for the carrier and its tracking number; the cost is typed in major units.
export const ShipButton = () => {
  const record = useRecordContext<Shipment>();
  const allowed = useAllowedShipmentActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('shipments');
  if (!record || !allowed.includes('ship')) return null;
  const currency = record.currency ?? 'USD';
  return (
    <ReasonDialogButton
      label="summitdesk.shipments.actions.ship"
      icon={<LocalShippingIcon />}
      color="primary"
      title={translate('summitdesk.shipments.ship_dialog.title', { id: record.id })}
      content="summitdesk.shipments.ship_dialog.content"
      schema={ShipDialogSchema}
      defaults={{
        carrier: record.carrier ?? '',
        trackingNumber: record.trackingNumber ?? '',
        service: record.service ?? '',
        cost: record.cost === null ? null : toMajor(record.cost, currency),
      }}
      keepLabel="summitdesk.shipments.reason_dialog.keep"
      submitLabel="summitdesk.shipments.ship_dialog.submit"
      isPending={isPending}
      onConfirm={(values, close) => {
        const check = normalizeTrackingNumber(values.carrier, values.trackingNumber);
        if (!check.ok) return;
        const data: Record<string, unknown> = { carrier: values.carrier, trackingNumber: check.value, service: values.service || null };
        if (values.cost !== null && values.cost !== undefined) Object.assign(data, { cost: toMinor(values.cost, currency), currency });
        return run(record, 'ship', { data, successMessage: 'summitdesk.shipments.done.ship', onSuccess: close });
      }}
    >
      <SelectInput
        source="carrier"
        label="summitdesk.shipments.ship_dialog.carrier"
        isRequired
        fullWidth
        margin="normal"
        variant="outlined"
        helperText={false}
        translateChoice={false}
        choices={Carriers.map((name) => ({ id: name, name: name === 'other' ? translate('summitdesk.shipments.carrier_other') : name }))}
      />
      <TrackingNumberInput />
      <TextInput source="service" label="summitdesk.shipments.ship_dialog.service" fullWidth margin="normal" variant="outlined" />
      <NumberInput
        source="cost"
        label={translate('summitdesk.shipments.ship_dialog.cost', { currency })}
        fullWidth
        margin="normal"
        variant="outlined"
        min={0}
        step={0.01}
        helperText={false}
      />
    </ReasonDialogButton>
  );
};

// The carrier's verdict on the number shows while it is typed, before the field is left.
const TrackingNumberInput = () => {
  const [carrier, trackingNumber] = useWatch({ name: ['carrier', 'trackingNumber'] }) as [unknown, string | undefined];
  const check = isCarrier(carrier) && trackingNumber ? normalizeTrackingNumber(carrier, trackingNumber) : null;
  return (
    <TextInput
      source="trackingNumber"
      label="summitdesk.shipments.ship_dialog.tracking"
      isRequired
      fullWidth
      margin="normal"
      variant="outlined"
      error={check !== null && !check.ok}
      helperText={check && !check.ok ? check.message : ' '}
      slotProps={{ htmlInput: { maxLength: 60, autoComplete: 'off', spellCheck: false } }}
    />
  );
};
