import { defineMachine, type Move, type Refusal } from '../common/state-machine.js';
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

// Once voting has ended the results stand: a closed or awarded contest is no longer edited.
export const EditableContestStatuses: readonly ContestStatus[] = ['draft', 'upcoming', 'entries_open', 'entries_closed', 'voting'];

// Results (counts, ranking, turnout) are public only once voting has ended.
export const resultsArePublic = (status: ContestStatus) => status === 'closed' || status === 'awarded';

export const ContestActions = ['publish', 'close', 'award'] as const;
export type ContestAction = (typeof ContestActions)[number];

// The machine moves the stored stage, so the state it names is the state saved. Where a published
// contest stands in its windows is the clock's business; `contestMachineAt` adds that rule.
export const contestMachine = defineMachine<ContestStage, ContestAction, Role>('contest', {
  publish: { from: ['draft'], to: 'published', by: ['organizer'] },
  close: { from: ['published'], to: 'closed', by: ['organizer'] },
  // A contest whose voting ended by the clock is still `published` until it is awarded.
  award: { from: ['published', 'closed'], to: 'awarded', by: ['organizer'] },
});

// What the windows must say as well: voting is closed early only while it runs, and a contest is
// awarded only once voting has ended.
const NEEDS_STATUS: Record<ContestAction, ContestStatus> = { publish: 'draft', close: 'voting', award: 'closed' };

// The contest machine for a contest that reads `status` at the moment of asking.
export const contestMachineAt = (status: ContestStatus) => ({
  transition(stage: ContestStage, action: ContestAction, actor: Role): Move<ContestStage> | Refusal {
    const needed = NEEDS_STATUS[action];
    if (needed && status !== needed) {
      return {
        ok: false,
        code: 'ILLEGAL_TRANSITION',
        message: `A contest that is ${status} cannot ${action} (it would need to be ${needed})`,
      };
    }
    return contestMachine.transition(stage, action, actor);
  },
});

// The stage behind a status people see (a contest `closed` by the clock may still be stored as
// `published`; both allow the same actions).
export const contestStageOf = (status: ContestStatus): ContestStage =>
  status === 'draft' || status === 'closed' || status === 'awarded' ? status : 'published';

// The actions a role may take on a contest people see as `status`: what the admin shows as buttons.
export const allowedContestActions = (status: ContestStatus, actor: Role): ContestAction[] =>
  ContestActions.filter((action) => contestMachineAt(status).transition(contestStageOf(status), action, actor).ok);
