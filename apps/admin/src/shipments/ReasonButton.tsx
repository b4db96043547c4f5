import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedShipmentActions } from './useAllowedShipmentActions';

// Losing or cancelling a parcel undoes work, so it asks why; the reason stays in the history.
export const ReasonButton = ({ action, icon }: { action: 'lose' | 'cancel'; icon: ReactElement }) => {
  const record = useRecordContext<Shipment>();
  const allowed = useAllowedShipmentActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('shipments');
  if (!record || !allowed.includes(action)) return null;
  return (
    <ReasonDialogButton
      label={`summitdesk.shipments.actions.${action}`}
      icon={icon}
      title={translate(`summitdesk.shipments.reason_dialog.${action}.title`, { id: record.id })}
      content={`summitdesk.shipments.reason_dialog.${action}.content`}
      reasonLabel="summitdesk.shipments.reason_dialog.reason"
      keepLabel="summitdesk.shipments.reason_dialog.keep"
      submitLabel="summitdesk.shipments.reason_dialog.submit"
      maxLength={2000}
      isPending={isPending}
      onConfirm={(reason, close) => void run(record, action, { data: { reason }, successMessage: `summitdesk.shipments.done.${action}`, onSuccess: close })}
    />
  );
};
