import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

export const ContestEntryStatuses = ['pending', 'approved', 'hidden'] as const;
export type ContestEntryStatus = (typeof ContestEntryStatuses)[number];

export const ContestEntryActions = ['approve', 'hide'] as const;
export type ContestEntryAction = (typeof ContestEntryActions)[number];

// Moderation only: a hidden entry can be approved again if hiding it was a mistake.
export const contestEntryMachine = defineMachine<ContestEntryStatus, ContestEntryAction, Role>('contest entry', {
  approve: { from: ['pending', 'hidden'], to: 'approved', by: ['organizer'] },
  hide: { from: ['pending', 'approved'], to: 'hidden', by: ['organizer'] },
});
