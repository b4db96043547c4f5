import { usePermissions } from 'react-admin';
import { shipmentMachine, type Role, type Shipment, type ShipmentAction } from '@summitdesk/contracts';

// The actions the signed-in user may take on this parcel now, straight from the shared state machine.
export function useAllowedShipmentActions(record: Pick<Shipment, 'status'> | undefined): ShipmentAction[] {
  const { permissions } = usePermissions<Role>();
  if (!record || !permissions) return [];
  return shipmentMachine.allowedActions(record.status, permissions);
}
