import { z } from 'zod';
import { InstantSchema, TimeZoneSchema } from '../common/dates.js';
import { IdSchema, VersionSchema } from '../common/fields.js';

// The score scale is fixed for every CfP so that rankings compare across years.
export const ScoreScale = { min: -2, max: 2 } as const;
export const ConfidenceScale = { min: 1, max: 3 } as const;

export const SubmissionLevels = ['beginner', 'intermediate', 'advanced'] as const;
export type SubmissionLevel = (typeof SubmissionLevels)[number];

// Fields a chair may leave open to speakers after the CfP closes (e.g. polishing the abstract).
export const EditableAfterCloseFields = ['title', 'abstract', 'notes', 'level', 'track', 'format'] as const;
export type EditableAfterCloseField = (typeof EditableAfterCloseFields)[number];

export const OthersReviewsVisibility = ['never', 'after_own', 'always'] as const;
export type OthersReviews = (typeof OthersReviewsVisibility)[number];

export const ReviewPhaseSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    reviewersMayWrite: z.boolean(),
    // 'assigned': only the submissions assigned to them; 'all': every one they are not conflicted on.
    reviewersSee: z.enum(['assigned', 'all']),
    othersReviews: z.enum(OthersReviewsVisibility),
    // Only ever hides names: an anonymous CfP keeps speakers hidden in every phase.
    showSpeakerNames: z.boolean(),
  })
  .strict();
export type ReviewPhase = z.infer<typeof ReviewPhaseSchema>;

const FormatSchema = z.object({ name: z.string().trim().min(1).max(60), minutes: z.number().int().min(5).max(480) }).strict();

const CfpFields = z.object({
  eventId: IdSchema,
  title: z.string().trim().max(200).nullish(),
  description: z.string().max(20_000).nullish(),
  opensAt: InstantSchema,
  closesAt: InstantSchema,
  // The zone deadlines are announced in ("closes 31 January, 23:59 America/Los_Angeles").
  timeZone: TimeZoneSchema,
  reviewOpensAt: InstantSchema,
  reviewClosesAt: InstantSchema,
  anonymousReview: z.boolean(),
  reviewsPerSubmission: z.number().int().min(1).max(10),
  formats: z.array(FormatSchema).min(1, 'name at least one format').max(10),
  tracks: z.array(z.string().trim().min(1).max(80)).max(30),
  // What speakers tag their talk with and reviewers state interests in (bidding, assignment).
  topics: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  editableAfterClose: z.array(z.enum(EditableAfterCloseFields)).max(EditableAfterCloseFields.length).default([]),
  phases: z.array(ReviewPhaseSchema).max(10).default([]),
});

const windowsInOrder = (value: z.infer<typeof CfpFields>, ctx: z.RefinementCtx) => {
  const at = (instant: string) => Date.parse(instant);
  if (at(value.closesAt) <= at(value.opensAt)) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'must be after the opening' });
  if (at(value.reviewClosesAt) <= at(value.reviewOpensAt))
    ctx.addIssue({ code: 'custom', path: ['reviewClosesAt'], message: 'must be after the review opens' });
  if (at(value.reviewOpensAt) < at(value.opensAt))
    ctx.addIssue({ code: 'custom', path: ['reviewOpensAt'], message: 'must not be before the CfP opens' });
  const names = value.formats.map((format) => format.name.toLowerCase());
  if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['formats'], message: 'names each format once' });
  value.phases.forEach((phase, index) => {
    if (at(phase.endsAt) <= at(phase.startsAt))
      ctx.addIssue({ code: 'custom', path: ['phases', index, 'endsAt'], message: 'must be after the phase starts' });
  });
};

export const CreateCfpSchema = CfpFields.strict().superRefine(windowsInOrder);
export type CreateCfp = z.infer<typeof CreateCfpSchema>;

const CfpReadOnlyFields = {
  id: z.unknown().optional(),
  state: z.unknown().optional(),
  scoreScale: z.unknown().optional(),
  confidenceScale: z.unknown().optional(),
  decisionsReleasedAt: z.unknown().optional(),
  biddingOpen: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

export const UpdateCfpSchema = CfpFields.extend({ version: VersionSchema, ...CfpReadOnlyFields })
  .strict()
  .superRefine(windowsInOrder);
export type UpdateCfp = z.infer<typeof UpdateCfpSchema>;

// Where a CfP stands at a moment; derived from its times, never stored.
export const CfpStates = ['upcoming', 'open', 'closed'] as const;
export type CfpState = (typeof CfpStates)[number];

export function cfpState(cfp: { opensAt: string; closesAt: string }, now = new Date()): CfpState {
  if (now.getTime() < Date.parse(cfp.opensAt)) return 'upcoming';
  return now.getTime() <= Date.parse(cfp.closesAt) ? 'open' : 'closed';
}

export type Cfp = Omit<CreateCfp, 'title' | 'description'> & {
  id: number;
  title: string | null;
  description: string | null;
  state: CfpState;
  scoreScale: typeof ScoreScale;
  confidenceScale: typeof ConfidenceScale;
  decisionsReleasedAt: string | null;
  biddingOpen: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};
