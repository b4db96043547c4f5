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

// Events that may still be edited; a held or cancelled one is history.
export const EditableEventStatuses: readonly EventStatus[] = ['planned', 'confirmed'];
// Only a planned event is deleted; a confirmed one is cancelled instead.
export const DeletableEventStatuses: readonly EventStatus[] = ['planned'];
export const EventActionsNeedingReason: readonly EventAction[] = ['cancel'];
