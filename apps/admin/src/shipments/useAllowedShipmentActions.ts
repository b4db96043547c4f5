import { shipmentMachine, type Shipment, type ShipmentAction } from '@summitdesk/contracts';
import { useViewer, type Viewer } from '../common/useViewer';

// The actions the viewer may take on this parcel now, straight from the shared state machine.
export function allowedShipmentActions(record: Pick<Shipment, 'status'>, { role }: Viewer): ShipmentAction[] {
  return role ? shipmentMachine.allowedActions(record.status, role) : [];
}

export function useAllowedShipmentActions(record: Pick<Shipment, 'status'> | undefined): ShipmentAction[] {
  const viewer = useViewer();
  return record ? allowedShipmentActions(record, viewer) : [];
}
