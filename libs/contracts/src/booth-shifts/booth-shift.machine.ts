import { defineMachine } from '../common/state-machine.js';

export const BoothShiftStatuses = ['offered', 'confirmed', 'declined', 'cancelled'] as const;
export type BoothShiftStatus = (typeof BoothShiftStatuses)[number];

export const BoothShiftActions = ['confirm', 'decline', 'cancel'] as const;
export type BoothShiftAction = (typeof BoothShiftActions)[number];

// The volunteer offers the shift; the booth's proposer (or an organizer) decides on it.
export const BoothShiftActors = ['volunteer', 'proposer', 'organizer'] as const;
export type BoothShiftActor = (typeof BoothShiftActors)[number];

export const boothShiftMachine = defineMachine<BoothShiftStatus, BoothShiftAction, BoothShiftActor>('booth shift', {
  confirm: { from: ['offered'], to: 'confirmed', by: ['proposer', 'organizer'] },
  decline: { from: ['offered', 'confirmed'], to: 'declined', by: ['proposer', 'organizer'] },
  cancel: { from: ['offered', 'confirmed'], to: 'cancelled', by: ['volunteer', 'proposer', 'organizer'] },
});

// Shifts that hold the volunteer's time: an overlapping new offer is refused against these.
export const ActiveBoothShiftStatuses: readonly BoothShiftStatus[] = ['offered', 'confirmed'];
