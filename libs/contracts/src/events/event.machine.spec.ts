import { describe, expect, it } from 'vitest';
import { Roles } from '../users/user.schema.js';
import { EventActions, EventStatuses, eventMachine } from './event.machine.js';

// Every (state, action) pair: the allowed ones by the table below, every other one refused.
const allowed: Record<string, string> = {
  'planned:confirm': 'confirmed',
  'planned:cancel': 'cancelled',
  'confirmed:mark_held': 'held',
  'confirmed:cancel': 'cancelled',
};

describe('eventMachine', () => {
  for (const status of EventStatuses) {
    for (const action of EventActions) {
      const to = allowed[`${status}:${action}`];
      if (to) {
        it(`lets an organizer ${action} a ${status} event (→ ${to}) and refuses a member`, () => {
          expect(eventMachine.transition(status, action, 'organizer')).toEqual({ ok: true, to });
          expect(eventMachine.transition(status, action, 'member')).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
        });
      } else {
        it(`refuses to ${action} a ${status} event`, () => {
          for (const role of Roles) {
            expect(eventMachine.transition(status, action, role)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
          }
        });
      }
    }
  }

  it('leaves held and cancelled events with no actions', () => {
    expect(eventMachine.allowedActions('held', 'organizer')).toEqual([]);
    expect(eventMachine.allowedActions('cancelled', 'organizer')).toEqual([]);
  });
});
