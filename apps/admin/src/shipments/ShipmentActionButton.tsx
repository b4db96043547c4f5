import type { ReactElement } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { Shipment, ShipmentAction } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedShipmentActions } from './useAllowedShipmentActions';

// A one-click step (pack, deliver), shown only when the state machine allows it.
export const ShipmentActionButton = ({ action, icon }: { action: ShipmentAction; icon: ReactElement }) => {
  const record = useRecordContext<Shipment>();
  const allowed = useAllowedShipmentActions(record);
  const { run, isPending } = useRecordAction('shipments');
  if (!record || !allowed.includes(action)) return null;
  return (
    <Button label={`summitdesk.shipments.actions.${action}`} disabled={isPending} onClick={() => run(record, action, { successMessage: `summitdesk.shipments.done.${action}` })}>
      {icon}
    </Button>
  );
};
