import { describe, expect, it } from 'vitest';
import {
  SubmissionActions,
  SubmissionActors,
  submissionMachine,
  SubmissionStatuses,
  type SubmissionAction,
  type SubmissionActor,
  type SubmissionStatus,
} from './submission.machine.js';

// Every (state, action, actor) triple, checked against the table of DESIGN §2 written out by hand.
const allowed: Array<readonly [SubmissionStatus, SubmissionAction, SubmissionActor, SubmissionStatus]> = [
  ['draft', 'submit', 'speaker', 'submitted'] as const,
  ['submitted', 'start_review', 'system', 'in_review'] as const,
  ['submitted', 'start_review', 'chair', 'in_review'] as const,
  ...(['submitted', 'in_review', 'waitlisted'] as const).flatMap((from) => [
    [from, 'accept', 'chair', 'accepted'] as const,
    [from, 'reject', 'chair', 'rejected'] as const,
  ]),
  ['submitted', 'waitlist', 'chair', 'waitlisted'] as const,
  ['in_review', 'waitlist', 'chair', 'waitlisted'] as const,
  ['accepted', 'confirm', 'speaker', 'confirmed'] as const,
  ['accepted', 'decline', 'speaker', 'declined'] as const,
  ...(['draft', 'submitted', 'in_review', 'waitlisted', 'accepted'] as const).map(
    (from) => [from, 'withdraw', 'speaker', 'withdrawn'] as const,
  ),
];

describe('submissionMachine', () => {
  for (const state of SubmissionStatuses) {
    for (const action of SubmissionActions) {
      for (const actor of SubmissionActors) {
        const expected = allowed.find(([from, a, by]) => from === state && a === action && by === actor);
        it(`${expected ? 'lets' : 'refuses'} ${actor} ${action} a ${state} submission`, () => {
          const result = submissionMachine.transition(state, action, actor);
          if (expected) expect(result).toEqual({ ok: true, to: expected[3] });
          else expect(result.ok).toBe(false);
        });
      }
    }
  }

  it('tells a refused speaker why: a chair decides, a speaker cannot', () => {
    expect(submissionMachine.transition('in_review', 'accept', 'speaker')).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(submissionMachine.transition('confirmed', 'withdraw', 'speaker')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('ends in confirmed, declined, rejected or withdrawn with nothing left to do', () => {
    for (const end of ['confirmed', 'declined', 'rejected', 'withdrawn'] as const) {
      for (const actor of SubmissionActors) expect(submissionMachine.allowedActions(end, actor)).toEqual([]);
    }
  });
});
