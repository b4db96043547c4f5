import { defineMachine, type Move, type Refusal } from '../common/state-machine.js';

export const BoothProposalStatuses = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'funded',
  'shipped',
  'held',
  'reported',
  'closed',
  'rejected',
  'withdrawn',
  'cancelled',
] as const;
export type BoothProposalStatus = (typeof BoothProposalStatuses)[number];

export const BoothProposalActions = [
  'submit',
  'start_review',
  'request_changes',
  'approve',
  'reject',
  'withdraw',
  'cancel',
  'mark_paid',
  'mark_shipped',
  'mark_held',
  'report',
  'close',
] as const;
export type BoothProposalAction = (typeof BoothProposalActions)[number];

// Who acts on a proposal: its proposer, or an organizer. Other members never act on it.
export const BoothProposalActors = ['proposer', 'organizer'] as const;
export type BoothProposalActor = (typeof BoothProposalActors)[number];

// What the proposal carries that decides which steps can be skipped (DESIGN §2): with no fee to pay
// `funded` is skipped, with nothing to ship `shipped` is.
export type BoothProposalPath = { feeToPay: boolean; somethingToShip: boolean };

const table = defineMachine<BoothProposalStatus, BoothProposalAction, BoothProposalActor>('booth proposal', {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: ['proposer'] },
  start_review: { from: ['submitted'], to: 'in_review', by: ['organizer'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', by: ['organizer'] },
  approve: { from: ['in_review'], to: 'approved', by: ['organizer'] },
  reject: { from: ['in_review'], to: 'rejected', by: ['organizer'] },
  withdraw: { from: ['draft', 'submitted', 'changes_requested', 'approved'], to: 'withdrawn', by: ['proposer'] },
  cancel: { from: ['approved', 'funded', 'shipped'], to: 'cancelled', by: ['organizer'] },
  mark_paid: { from: ['approved'], to: 'funded', by: ['organizer'] },
  // Driven by shipments: the last outbound parcel leaving moves the booth on.
  mark_shipped: { from: ['approved', 'funded'], to: 'shipped', by: ['organizer'] },
  // The proposer knows best that the booth took place; an organizer may record it too.
  mark_held: { from: ['approved', 'funded', 'shipped'], to: 'held', by: ['proposer', 'organizer'] },
  report: { from: ['held'], to: 'reported', by: ['proposer', 'organizer'] },
  close: { from: ['reported'], to: 'closed', by: ['organizer'] },
});

// The skip rule as one check per path-dependent action; `null` means the path allows it.
function pathRefusal(state: BoothProposalStatus, action: BoothProposalAction, path: BoothProposalPath): string | null {
  switch (action) {
    case 'mark_paid':
      return path.feeToPay ? null : 'This booth has no fee to pay';
    case 'mark_shipped':
      if (!path.somethingToShip) return 'This booth has nothing to ship';
      if (state === 'approved' && path.feeToPay) return 'The booth fee must be marked paid before the booth is shipped';
      return null;
    case 'mark_held':
      if (state === 'shipped') return null;
      if (path.somethingToShip) return 'The booth materials must be shipped before the booth is marked held';
      if (state === 'approved' && path.feeToPay) return 'The booth fee must be marked paid before the booth is marked held';
      return null;
    default:
      return null;
  }
}

// The one function that decides every move of a booth proposal.
export function transitionBoothProposal(
  state: BoothProposalStatus,
  action: BoothProposalAction,
  actor: BoothProposalActor,
  path: BoothProposalPath,
): Move<BoothProposalStatus> | Refusal {
  const move = table.transition(state, action, actor);
  if (!move.ok) return move;
  const refusal = pathRefusal(state, action, path);
  return refusal ? { ok: false, code: 'ILLEGAL_TRANSITION', message: `${refusal} (the proposal is ${state})` } : move;
}

// The first of the caller's hats that may take the action: an organizer who proposed a booth acts as
// its proposer for submit and withdraw, and as an organizer for the rest.
export function transitionBoothProposalAs(
  state: BoothProposalStatus,
  action: BoothProposalAction,
  actors: readonly BoothProposalActor[],
  path: BoothProposalPath,
): Move<BoothProposalStatus> | Refusal {
  let refusal: Refusal = { ok: false, code: 'NOT_ALLOWED', message: 'You may not act on this booth proposal' };
  for (const actor of actors) {
    const move = transitionBoothProposal(state, action, actor, path);
    if (move.ok) return move;
    // An illegal move is illegal for everyone; report that rather than a role refusal.
    if (move.code === 'ILLEGAL_TRANSITION' || refusal.code === 'NOT_ALLOWED') refusal = move;
  }
  return refusal;
}

// The machine for one proposal's path, in the shape the API's transition runner asks.
export const boothProposalMachine = (path: BoothProposalPath) => ({
  transition: (state: BoothProposalStatus, action: BoothProposalAction, actor: BoothProposalActor) =>
    transitionBoothProposal(state, action, actor, path),
});

export function allowedBoothProposalActions(
  state: BoothProposalStatus,
  actors: readonly BoothProposalActor[],
  path: BoothProposalPath,
): BoothProposalAction[] {
  return BoothProposalActions.filter((action) => transitionBoothProposalAs(state, action, actors, path).ok);
}

// Proposals that got the organizer's yes: other members may see them and volunteer for their booths.
export const ApprovedBoothProposalStatuses: readonly BoothProposalStatus[] = [
  'approved',
  'funded',
  'shipped',
  'held',
  'reported',
  'closed',
];
// Booths that still take volunteers.
export const StaffableBoothProposalStatuses: readonly BoothProposalStatus[] = ['approved', 'funded', 'shipped'];
// The proposer may still change what they ask for.
export const EditableBoothProposalStatuses: readonly BoothProposalStatus[] = ['draft', 'changes_requested'];
// Booths parcels may go to, and booths returns may come from (anything that was ever sent something).
export const OutboundBoothProposalStatuses: readonly BoothProposalStatus[] = ['approved', 'funded', 'shipped'];
export const ReturnBoothProposalStatuses: readonly BoothProposalStatus[] = [
  'approved',
  'funded',
  'shipped',
  'held',
  'reported',
  'cancelled',
];
// Booths whose materials should be on their way before the event: the dispatch warning watches these.
export const AwaitingDispatchBoothProposalStatuses: readonly BoothProposalStatus[] = ['approved', 'funded'];
// Steps that say no or stop, whose reason the proposer must read.
export const BoothProposalActionsNeedingReason: readonly BoothProposalAction[] = ['request_changes', 'reject', 'cancel'];
// Booths whose report is still to come once their event is over: the report reminder watches these.
export const ReportPendingBoothProposalStatuses: readonly BoothProposalStatus[] = ['approved', 'funded', 'shipped', 'held'];
// Proposals waiting on someone, for the stalled reminders and the review queue.
export const WaitingBoothProposalStatuses: readonly BoothProposalStatus[] = ['submitted', 'in_review'];

// The happy path in order, for the status timeline on a proposal's page.
export const BoothProposalMainPath: readonly BoothProposalStatus[] = [
  'draft',
  'submitted',
  'in_review',
  'approved',
  'funded',
  'shipped',
  'held',
  'reported',
  'closed',
];

// Where an action leads, for messages that name the wanted state.
export const boothProposalTarget = (action: BoothProposalAction): BoothProposalStatus => table.table[action].to;

// Action names on the wire are kebab-case paths (`/mark-paid`); in code they are snake_case.
export const boothProposalActionPath = (action: BoothProposalAction) => action.replace(/_/g, '-');
