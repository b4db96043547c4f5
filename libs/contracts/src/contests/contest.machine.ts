import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

// What the database stores: the organizer's decisions. Everything between publishing and closing
// follows from the clock and the contest's windows.
export const ContestStages = ['draft', 'published', 'closed', 'awarded'] as const;
export type ContestStage = (typeof ContestStages)[number];

// What people see: the stage read against the windows at a given moment.
export const ContestStatuses = ['draft', 'upcoming', 'entries_open', 'entries_closed', 'voting', 'closed', 'awarded'] as const;
export type ContestStatus = (typeof ContestStatuses)[number];

export type ContestWindows = {
  entriesOpenAt: string | Date;
  entriesCloseAt: string | Date;
  votingOpensAt: string | Date;
  votingClosesAt: string | Date;
};

const time = (value: string | Date) => (typeof value === 'string' ? Date.parse(value) : value.getTime());

// Windows are half-open: entries are accepted from entriesOpenAt up to (not at) entriesCloseAt.
export function contestStatus(contest: ContestWindows & { stage: ContestStage }, now: Date = new Date()): ContestStatus {
  if (contest.stage === 'draft' || contest.stage === 'closed' || contest.stage === 'awarded') return contest.stage;
  const at = now.getTime();
  if (at < time(contest.entriesOpenAt)) return 'upcoming';
  if (at < time(contest.entriesCloseAt)) return 'entries_open';
  if (at < time(contest.votingOpensAt)) return 'entries_closed';
  if (at < time(contest.votingClosesAt)) return 'voting';
  return 'closed';
}

// Results (counts, ranking, turnout) are public only once voting has ended.
export const resultsArePublic = (status: ContestStatus) => status === 'closed' || status === 'awarded';

export const ContestActions = ['publish', 'close', 'award'] as const;
export type ContestAction = (typeof ContestActions)[number];

// `publish` lands on whatever the windows say; `upcoming` is where a contest planned ahead lands.
export const contestMachine = defineMachine<ContestStatus, ContestAction, Role>('contest', {
  publish: { from: ['draft'], to: 'upcoming', by: ['organizer'] },
  close: { from: ['voting'], to: 'closed', by: ['organizer'] },
  award: { from: ['closed'], to: 'awarded', by: ['organizer'] },
});

export const ContestStatusColors: Record<ContestStatus, 'default' | 'info' | 'primary' | 'warning' | 'secondary' | 'success'> = {
  draft: 'default',
  upcoming: 'info',
  entries_open: 'primary',
  entries_closed: 'warning',
  voting: 'secondary',
  closed: 'success',
  awarded: 'success',
};
