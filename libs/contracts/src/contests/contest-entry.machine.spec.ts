import { describe, expect, it } from 'vitest';
import { Roles } from '../users/user.schema.js';
import { ContestEntryActions, ContestEntryStatuses, contestEntryMachine } from './contest-entry.machine.js';

const allowed: Record<string, string> = {
  'pending:approve': 'approved',
  'hidden:approve': 'approved',
  'pending:hide': 'hidden',
  'approved:hide': 'hidden',
};

describe('contestEntryMachine', () => {
  for (const status of ContestEntryStatuses) {
    for (const action of ContestEntryActions) {
      const to = allowed[`${status}:${action}`];
      if (to) {
        it(`lets an organizer ${action} a ${status} entry and refuses a member`, () => {
          expect(contestEntryMachine.transition(status, action, 'organizer')).toEqual({ ok: true, to });
          expect(contestEntryMachine.transition(status, action, 'member')).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
        });
      } else {
        it(`refuses to ${action} a ${status} entry`, () => {
          for (const role of Roles)
            expect(contestEntryMachine.transition(status, action, role)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
        });
      }
    }
  }
});
