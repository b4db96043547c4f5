import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

export const DigestStatuses = ['draft', 'sent'] as const;
export type DigestStatus = (typeof DigestStatuses)[number];

export const DigestActions = ['send'] as const;
export type DigestAction = (typeof DigestActions)[number];

// A digest is sent once: the second click (or a second replica) finds it sent and is refused.
export const digestMachine = defineMachine<DigestStatus, DigestAction, Role>('digest', {
  send: { from: ['draft'], to: 'sent', by: ['organizer'] },
});
