import { describe, expect, it } from 'vitest';
import { BoothShiftActions, BoothShiftActors, BoothShiftStatuses, boothShiftMachine } from './booth-shift.machine.js';

const allowed: Record<string, { to: string; by: string[] }> = {
  'offered:confirm': { to: 'confirmed', by: ['proposer', 'organizer'] },
  'offered:decline': { to: 'declined', by: ['proposer', 'organizer'] },
  'confirmed:decline': { to: 'declined', by: ['proposer', 'organizer'] },
  'offered:cancel': { to: 'cancelled', by: ['volunteer', 'proposer', 'organizer'] },
  'confirmed:cancel': { to: 'cancelled', by: ['volunteer', 'proposer', 'organizer'] },
};

describe('boothShiftMachine', () => {
  for (const status of BoothShiftStatuses) {
    for (const action of BoothShiftActions) {
      const rule = allowed[`${status}:${action}`];
      it(rule ? `${action} from ${status} → ${rule.to} only by ${rule.by.join('/')}` : `refuses to ${action} a ${status} shift`, () => {
        for (const actor of BoothShiftActors) {
          const result = boothShiftMachine.transition(status, action, actor);
          if (!rule) expect(result).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
          else if (rule.by.includes(actor)) expect(result).toEqual({ ok: true, to: rule.to });
          else expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
        }
      });
    }
  }

  it('never lets volunteers confirm themselves', () => {
    expect(boothShiftMachine.allowedActions('offered', 'volunteer')).toEqual(['cancel']);
  });
});
