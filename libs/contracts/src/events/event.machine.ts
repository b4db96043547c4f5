import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

export const EventStatuses = ['planned', 'confirmed', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EventStatuses)[number];

export const EventActions = ['confirm', 'mark_held', 'cancel'] as const;
export type EventAction = (typeof EventActions)[number];

export const eventMachine = defineMachine<EventStatus, EventAction, Role>('event', {
  confirm: { from: ['planned'], to: 'confirmed', by: ['organizer'] },
  mark_held: { from: ['confirmed'], to: 'held', by: ['organizer'] },
  cancel: { from: ['planned', 'confirmed'], to: 'cancelled', by: ['organizer'] },
});

// Chip colours for the admin, kept beside the states so a new state cannot go uncoloured.
