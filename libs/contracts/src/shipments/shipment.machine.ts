import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

export const ShipmentStatuses = ['requested', 'packed', 'shipped', 'delivered', 'lost', 'cancelled'] as const;
export type ShipmentStatus = (typeof ShipmentStatuses)[number];

export const ShipmentActions = ['pack', 'ship', 'deliver', 'lose', 'cancel'] as const;
export type ShipmentAction = (typeof ShipmentActions)[number];

export const ShipmentDirections = ['outbound', 'return'] as const;
export type ShipmentDirection = (typeof ShipmentDirections)[number];

// DESIGN §2: requested → packed → shipped → delivered, shipped → lost, anything before shipped → cancelled.
export const shipmentMachine = defineMachine<ShipmentStatus, ShipmentAction, Role>('shipment', {
  pack: { from: ['requested'], to: 'packed', by: ['organizer'] },
  ship: { from: ['packed'], to: 'shipped', by: ['organizer'] },
  deliver: { from: ['shipped'], to: 'delivered', by: ['organizer'] },
  lose: { from: ['shipped'], to: 'lost', by: ['organizer'] },
  cancel: { from: ['requested', 'packed'], to: 'cancelled', by: ['organizer'] },
});

// Parcels on their way: what the dashboard counts as in flight.
export const InFlightShipmentStatuses: readonly ShipmentStatus[] = ['shipped'];
// Shipments not finished yet: their banners are spoken for and their booth still waits.
export const OpenShipmentStatuses: readonly ShipmentStatus[] = ['requested', 'packed', 'shipped'];
// Outbound parcels still at the warehouse, and those that have left it (whatever became of them
// after): a booth counts as shipped once none waits and at least one has left.
export const WaitingShipmentStatuses: readonly ShipmentStatus[] = ['requested', 'packed'];
export const DepartedShipmentStatuses: readonly ShipmentStatus[] = ['shipped', 'delivered', 'lost'];
// Outbound parcels that are on their way or arrived: a booth with one has had something dispatched.
export const DispatchedShipmentStatuses: readonly ShipmentStatus[] = ['shipped', 'delivered'];
// Everything may change while requested; once packed, only the label.
export const EditableShipmentStatuses: readonly ShipmentStatus[] = ['requested', 'packed'];
// Only a requested parcel is deleted; anything further along is cancelled, keeping its trail.
export const DeletableShipmentStatuses: readonly ShipmentStatus[] = ['requested'];
// Moves the history must explain.
export const ShipmentActionsNeedingReason: readonly ShipmentAction[] = ['lose', 'cancel'];
// The board's columns, in the order a parcel moves.
export const ShipmentBoardColumns: readonly ShipmentStatus[] = ['requested', 'packed', 'shipped', 'delivered'];
