import { describe, expect, it } from 'vitest';
import { Roles } from '../users/user.schema.js';
import {
  ContestActions,
  ContestStatuses,
  allowedContestActions,
  contestMachineAt,
  contestStageOf,
  contestStatus,
  resultsArePublic,
} from './contest.machine.js';

const windows = {
  entriesOpenAt: '2027-03-01T00:00:00Z',
  entriesCloseAt: '2027-03-15T00:00:00Z',
  votingOpensAt: '2027-03-16T00:00:00Z',
  votingClosesAt: '2027-03-31T00:00:00Z',
};
const at = (instant: string) => new Date(instant);

describe('contestStatus', () => {
  it('follows the windows once published, with half-open windows', () => {
    const contest = { ...windows, stage: 'published' as const };
    expect(contestStatus(contest, at('2027-02-28T23:59:59Z'))).toBe('upcoming');
    expect(contestStatus(contest, at('2027-03-01T00:00:00Z'))).toBe('entries_open');
    expect(contestStatus(contest, at('2027-03-15T00:00:00Z'))).toBe('entries_closed');
    expect(contestStatus(contest, at('2027-03-16T00:00:00Z'))).toBe('voting');
    expect(contestStatus(contest, at('2027-03-30T23:59:59Z'))).toBe('voting');
    expect(contestStatus(contest, at('2027-03-31T00:00:00Z'))).toBe('closed');
  });

  it('keeps draft, closed and awarded whatever the clock says', () => {
    for (const stage of ['draft', 'closed', 'awarded'] as const) {
      expect(contestStatus({ ...windows, stage }, at('2027-03-20T00:00:00Z'))).toBe(stage);
    }
  });

  it('makes results public only after voting', () => {
    expect(ContestStatuses.filter(resultsArePublic)).toEqual(['closed', 'awarded']);
  });
});

// What each allowed move stores: the machine's target is the stage saved.
const allowed: Record<string, string> = {
  'draft:publish': 'published',
  'voting:close': 'closed',
  'closed:award': 'awarded',
};

describe('contestMachineAt', () => {
  for (const status of ContestStatuses) {
    for (const action of ContestActions) {
      const to = allowed[`${status}:${action}`];
      const machine = contestMachineAt(status);
      if (to) {
        it(`lets an organizer ${action} a ${status} contest and refuses a member`, () => {
          expect(machine.transition(contestStageOf(status), action, 'organizer')).toEqual({ ok: true, to });
          expect(machine.transition(contestStageOf(status), action, 'member')).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
        });
      } else {
        it(`refuses to ${action} a ${status} contest`, () => {
          for (const role of Roles)
            expect(machine.transition(contestStageOf(status), action, role)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
        });
      }
    }
  }

  it('awards a contest whose voting ended by the clock, still stored as published', () => {
    expect(contestMachineAt('closed').transition('published', 'award', 'organizer')).toEqual({ ok: true, to: 'awarded' });
  });

  it('gives the admin the same buttons the API allows', () => {
    expect(allowedContestActions('voting', 'organizer')).toEqual(['close']);
    expect(allowedContestActions('entries_open', 'organizer')).toEqual([]);
    expect(allowedContestActions('voting', 'member')).toEqual([]);
  });
});
