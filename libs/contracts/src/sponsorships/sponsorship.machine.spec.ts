import { describe, expect, it } from 'vitest';
import { Roles } from '../users/user.schema.js';
import { sponsorMachine } from './sponsor.schema.js';
import {
  SponsorshipActions,
  SponsorshipActors,
  SponsorshipStatuses,
  sponsorshipMachine,
  type SponsorshipActor,
} from './sponsorship.machine.js';

// Every allowed move and who may make it; every other (state, action, actor) is refused.
const allowed: Record<string, { to: string; by: SponsorshipActor[] }> = {
  'pending:complete': { to: 'paid', by: ['stripe'] },
  'expired:complete': { to: 'paid', by: ['stripe'] },
  'cancelled:complete': { to: 'paid', by: ['stripe'] },
  'pending:record_payment': { to: 'paid', by: ['organizer'] },
  'pending:expire': { to: 'expired', by: ['stripe'] },
  'pending:cancel': { to: 'cancelled', by: ['organizer', 'contact'] },
  'paid:refund_partly': { to: 'partially_refunded', by: ['stripe', 'organizer'] },
  'partially_refunded:refund_partly': { to: 'partially_refunded', by: ['stripe', 'organizer'] },
  'disputed:refund_partly': { to: 'partially_refunded', by: ['stripe', 'organizer'] },
  'paid:refund_fully': { to: 'refunded', by: ['stripe', 'organizer'] },
  'partially_refunded:refund_fully': { to: 'refunded', by: ['stripe', 'organizer'] },
  'disputed:refund_fully': { to: 'refunded', by: ['stripe', 'organizer'] },
  'paid:dispute': { to: 'disputed', by: ['stripe'] },
  'partially_refunded:dispute': { to: 'disputed', by: ['stripe'] },
};

describe('sponsorshipMachine', () => {
  for (const status of SponsorshipStatuses) {
    for (const action of SponsorshipActions) {
      const rule = allowed[`${status}:${action}`];
      for (const actor of SponsorshipActors) {
        if (rule && rule.by.includes(actor)) {
          it(`lets ${actor} ${action} a ${status} sponsorship`, () => {
            expect(sponsorshipMachine.transition(status, action, actor)).toEqual({ ok: true, to: rule.to });
          });
        } else if (rule) {
          it(`refuses ${actor} to ${action} a ${status} sponsorship as not allowed`, () => {
            expect(sponsorshipMachine.transition(status, action, actor)).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
          });
        } else {
          it(`refuses ${actor} to ${action} a ${status} sponsorship as illegal`, () => {
            expect(sponsorshipMachine.transition(status, action, actor)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
          });
        }
      }
    }
  }

  it('never leaves refunded, the final state', () => {
    for (const actor of SponsorshipActors) expect(sponsorshipMachine.allowedActions('refunded', actor)).toEqual([]);
  });

  it('offers a contact only to cancel a pending checkout', () => {
    expect(sponsorshipMachine.allowedActions('pending', 'contact')).toEqual(['cancel']);
    expect(sponsorshipMachine.allowedActions('paid', 'contact')).toEqual([]);
  });
});

describe('sponsorMachine', () => {
  it('lets an organizer verify an unverified sponsor, and nobody verify twice', () => {
    expect(sponsorMachine.transition('unverified', 'verify', 'organizer')).toEqual({ ok: true, to: 'verified' });
    expect(sponsorMachine.transition('unverified', 'verify', 'member')).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    for (const role of Roles)
      expect(sponsorMachine.transition('verified', 'verify', role)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });
});
