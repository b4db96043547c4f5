import { defineMachine } from '../common/state-machine.js';

export const SubmissionStatuses = [
  'draft',
  'submitted',
  'in_review',
  'accepted',
  'rejected',
  'waitlisted',
  'confirmed',
  'declined',
  'withdrawn',
] as const;
export type SubmissionStatus = (typeof SubmissionStatuses)[number];

export const SubmissionActions = ['submit', 'start_review', 'accept', 'reject', 'waitlist', 'confirm', 'decline', 'withdraw'] as const;
export type SubmissionAction = (typeof SubmissionActions)[number];

// Who acts on a submission: its speakers, the committee's chair (organizers act as chair), and the
// system (assigning reviewers moves a submitted talk into review).
export const SubmissionActors = ['speaker', 'chair', 'system'] as const;
export type SubmissionActor = (typeof SubmissionActors)[number];

export const submissionMachine = defineMachine<SubmissionStatus, SubmissionAction, SubmissionActor>('submission', {
  submit: { from: ['draft'], to: 'submitted', by: ['speaker'] },
  start_review: { from: ['submitted'], to: 'in_review', by: ['system', 'chair'] },
  accept: { from: ['submitted', 'in_review', 'waitlisted'], to: 'accepted', by: ['chair'] },
  reject: { from: ['submitted', 'in_review', 'waitlisted'], to: 'rejected', by: ['chair'] },
  waitlist: { from: ['submitted', 'in_review'], to: 'waitlisted', by: ['chair'] },
  confirm: { from: ['accepted'], to: 'confirmed', by: ['speaker'] },
  decline: { from: ['accepted'], to: 'declined', by: ['speaker'] },
  withdraw: { from: ['draft', 'submitted', 'in_review', 'waitlisted', 'accepted'], to: 'withdrawn', by: ['speaker'] },
});

// The chair's decisions are staged first and released together; each names the action it will take.
export const SubmissionDecisions = ['accept', 'reject', 'waitlist'] as const;
export type SubmissionDecision = (typeof SubmissionDecisions)[number];

// Speakers may still edit the content of a submission in these states.
export const EditableSubmissionStatuses: readonly SubmissionStatus[] = [
  'draft',
  'submitted',
  'in_review',
  'waitlisted',
  'accepted',
  'confirmed',
];
// A submission in these states takes reviewers (and is topped up by automatic assignment).
export const ReviewableSubmissionStatuses: readonly SubmissionStatus[] = ['submitted', 'in_review'];
// Decided and released: the speakers may read the reviewers' comments.
export const DecidedSubmissionStatuses: readonly SubmissionStatus[] = ['accepted', 'rejected', 'waitlisted', 'confirmed', 'declined'];
// Never in front of the committee: not yet submitted, or taken back.
export const UnreviewedSubmissionStatuses: readonly SubmissionStatus[] = ['draft', 'withdrawn'];
// Confirmed by its speakers: the talk may be placed on the agenda.
export const PlaceableSubmissionStatuses: readonly SubmissionStatus[] = ['confirmed'];
