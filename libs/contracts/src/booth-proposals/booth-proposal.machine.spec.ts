import { describe, expect, it } from 'vitest';
import {
  allowedBoothProposalActions,
  BoothProposalActions,
  BoothProposalActors,
  BoothProposalStatuses,
  transitionBoothProposal,
  transitionBoothProposalAs,
  type BoothProposalPath,
} from './booth-proposal.machine.js';

// The four shapes a proposal can have once approved: with or without a fee, with or without parcels.
const paths: Record<string, BoothProposalPath> = {
  'fee+ship': { feeToPay: true, somethingToShip: true },
  fee: { feeToPay: true, somethingToShip: false },
  ship: { feeToPay: false, somethingToShip: true },
  none: { feeToPay: false, somethingToShip: false },
};
const every = Object.keys(paths);

// Every allowed move, written out by hand from DESIGN §2; every (state, action, actor, path) not
// listed here must be refused.
const allowed: Record<string, { to: string; by: string[]; paths: string[] }> = {
  'draft:submit': { to: 'submitted', by: ['proposer'], paths: every },
  'changes_requested:submit': { to: 'submitted', by: ['proposer'], paths: every },
  'submitted:start_review': { to: 'in_review', by: ['organizer'], paths: every },
  'in_review:request_changes': { to: 'changes_requested', by: ['organizer'], paths: every },
  'in_review:approve': { to: 'approved', by: ['organizer'], paths: every },
  'in_review:reject': { to: 'rejected', by: ['organizer'], paths: every },
  'draft:withdraw': { to: 'withdrawn', by: ['proposer'], paths: every },
  'submitted:withdraw': { to: 'withdrawn', by: ['proposer'], paths: every },
  'changes_requested:withdraw': { to: 'withdrawn', by: ['proposer'], paths: every },
  'approved:withdraw': { to: 'withdrawn', by: ['proposer'], paths: every },
  'approved:cancel': { to: 'cancelled', by: ['organizer'], paths: every },
  'funded:cancel': { to: 'cancelled', by: ['organizer'], paths: every },
  'shipped:cancel': { to: 'cancelled', by: ['organizer'], paths: every },
  'approved:mark_paid': { to: 'funded', by: ['organizer'], paths: ['fee+ship', 'fee'] },
  'approved:mark_shipped': { to: 'shipped', by: ['organizer'], paths: ['ship'] },
  'funded:mark_shipped': { to: 'shipped', by: ['organizer'], paths: ['fee+ship', 'ship'] },
  'approved:mark_held': { to: 'held', by: ['proposer', 'organizer'], paths: ['none'] },
  'funded:mark_held': { to: 'held', by: ['proposer', 'organizer'], paths: ['fee', 'none'] },
  'shipped:mark_held': { to: 'held', by: ['proposer', 'organizer'], paths: every },
  'held:report': { to: 'reported', by: ['proposer', 'organizer'], paths: every },
  'reported:close': { to: 'closed', by: ['organizer'], paths: every },
};

describe('transitionBoothProposal', () => {
  for (const status of BoothProposalStatuses) {
    for (const action of BoothProposalActions) {
      const rule = allowed[`${status}:${action}`];
      it(
        rule
          ? `${action} from ${status} → ${rule.to}, only by ${rule.by.join('/')} on paths ${rule.paths.join(', ')}`
          : `refuses to ${action} a ${status} proposal`,
        () => {
          for (const actor of BoothProposalActors) {
            for (const [pathName, path] of Object.entries(paths)) {
              const result = transitionBoothProposal(status, action, actor, path);
              if (!rule) {
                expect(result, `${actor} on ${pathName}`).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
              } else if (!rule.by.includes(actor)) {
                expect(result, `${actor} on ${pathName}`).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
              } else if (!rule.paths.includes(pathName)) {
                expect(result, `${actor} on ${pathName}`).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
              } else {
                expect(result, `${actor} on ${pathName}`).toEqual({ ok: true, to: rule.to });
              }
            }
          }
        },
      );
    }
  }

  it('names the current state when refusing', () => {
    const refusal = transitionBoothProposal('closed', 'approve', 'organizer', paths.none);
    expect(refusal.ok).toBe(false);
    expect(!refusal.ok && refusal.message).toContain('closed');
  });

  it('explains why a skipped step cannot be taken', () => {
    const refusal = transitionBoothProposal('approved', 'mark_held', 'organizer', paths.fee);
    expect(!refusal.ok && refusal.message).toMatch(/fee must be marked paid/);
    const nothing = transitionBoothProposal('approved', 'mark_paid', 'organizer', paths.none);
    expect(!nothing.ok && nothing.message).toMatch(/no fee/);
  });
});

describe('transitionBoothProposalAs', () => {
  it('lets an organizer who proposed a booth submit it as proposer and review it as organizer', () => {
    expect(transitionBoothProposalAs('draft', 'submit', ['proposer', 'organizer'], paths.none)).toEqual({ ok: true, to: 'submitted' });
    expect(transitionBoothProposalAs('submitted', 'start_review', ['proposer', 'organizer'], paths.none)).toEqual({
      ok: true,
      to: 'in_review',
    });
  });

  it('reports an illegal move rather than a role refusal when no hat fits', () => {
    expect(transitionBoothProposalAs('closed', 'submit', ['proposer'], paths.none)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(transitionBoothProposalAs('in_review', 'approve', ['proposer'], paths.none)).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(transitionBoothProposalAs('in_review', 'approve', [], paths.none)).toMatchObject({ code: 'NOT_ALLOWED' });
  });
});

describe('allowedBoothProposalActions', () => {
  it('offers the buttons each side may press', () => {
    expect(allowedBoothProposalActions('draft', ['proposer'], paths.none)).toEqual(['submit', 'withdraw']);
    expect(allowedBoothProposalActions('in_review', ['organizer'], paths.none)).toEqual(['request_changes', 'approve', 'reject']);
    expect(allowedBoothProposalActions('approved', ['organizer'], paths['fee+ship'])).toEqual(['cancel', 'mark_paid']);
    expect(allowedBoothProposalActions('approved', ['proposer'], paths.none)).toEqual(['withdraw', 'mark_held']);
    expect(allowedBoothProposalActions('closed', ['proposer', 'organizer'], paths.none)).toEqual([]);
  });
});
