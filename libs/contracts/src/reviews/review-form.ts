import { z } from 'zod';
import { defineMachine } from '../common/state-machine.js';
import { IdSchema, VersionSchema } from '../common/fields.js';

// The chair's review form: extra fields beside the fixed score and confidence. A field's key is how
// answers name it, so keys are short identifiers; a scored field carries its own scale, a text
// field says who may read it.
export const ReviewFieldVisibilities = ['speakers', 'committee', 'chairs'] as const;
export type ReviewFieldVisibility = (typeof ReviewFieldVisibilities)[number];

const FieldKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must start with a letter and use only a-z, 0-9 and _ (at most 40)');
const ScoredField = z
  .object({
    key: FieldKey,
    kind: z.literal('score'),
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(1000).nullish(),
    min: z.number().int().min(-100).max(100),
    max: z.number().int().min(-100).max(100),
  })
  .strict();
const TextField = z
  .object({
    key: FieldKey,
    kind: z.literal('text'),
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(1000).nullish(),
    visibility: z.enum(ReviewFieldVisibilities),
  })
  .strict();
export const ReviewFieldSchema = z.discriminatedUnion('kind', [ScoredField, TextField]);
export type ReviewField = z.infer<typeof ReviewFieldSchema>;

// Shape only (400); the rules between fields are `reviewFormErrors` (422).
export const UpdateReviewFormSchema = z
  .object({
    fields: z.array(ReviewFieldSchema).max(30),
    responseOpensAt: z.iso.datetime({ offset: true }).nullish(),
    responseClosesAt: z.iso.datetime({ offset: true }).nullish(),
    responseWordLimit: z.number().int().min(1).max(10_000).nullish(),
    version: VersionSchema,
    cfpId: z.unknown().optional(),
    id: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();
export type UpdateReviewForm = z.infer<typeof UpdateReviewFormSchema>;

export type ReviewForm = {
  id: number;
  cfpId: number;
  fields: ReviewField[];
  responseOpensAt: string | null;
  responseClosesAt: string | null;
  responseWordLimit: number | null;
  version: number;
  updatedAt: string | null;
};

export function reviewFormErrors(
  form: Pick<UpdateReviewForm, 'fields' | 'responseOpensAt' | 'responseClosesAt'>,
): Record<string, string> | null {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  form.fields.forEach((field, index) => {
    if (seen.has(field.key)) errors[`fields.${index}.key`] = `"${field.key}" is used by another field`;
    seen.add(field.key);
    if (field.key === 'score' || field.key === 'confidence') errors[`fields.${index}.key`] = 'names a built-in field';
    if (field.kind === 'score' && field.min >= field.max) errors[`fields.${index}.max`] = 'must be greater than min';
  });
  if (!form.responseOpensAt !== !form.responseClosesAt)
    errors.responseClosesAt = 'the response window needs both its opening and its closing';
  else if (form.responseOpensAt && form.responseClosesAt && Date.parse(form.responseClosesAt) <= Date.parse(form.responseOpensAt))
    errors.responseClosesAt = 'must be after the opening';
  return Object.keys(errors).length ? errors : null;
}

export type ReviewAnswers = Record<string, number | string>;
export const ReviewAnswersSchema = z.record(z.string().max(40), z.union([z.number().int(), z.string().max(10_000)]));

// Answers checked against the form: an unknown field, a score out of its scale or the wrong kind of
// value is a rule violation (422), reported per field.
export function answerErrors(fields: readonly ReviewField[], answers: ReviewAnswers): Record<string, string> | null {
  const errors: Record<string, string> = {};
  const byKey = new Map(fields.map((field) => [field.key, field]));
  for (const [key, value] of Object.entries(answers)) {
    const field = byKey.get(key);
    if (!field || !Object.hasOwn(answers, key)) errors[`answers.${key}`] = 'is not a field of this review form';
    else if (field.kind === 'score') {
      if (typeof value !== 'number') errors[`answers.${key}`] = 'must be a whole number';
      else if (value < field.min || value > field.max) errors[`answers.${key}`] = `must be from ${field.min} to ${field.max}`;
    } else if (typeof value !== 'string') errors[`answers.${key}`] = 'must be text';
  }
  return Object.keys(errors).length ? errors : null;
}

// Who reads a text answer: speakers only the speakers' fields; committee members those and the
// committee's; chairs everything. Scored fields are the committee's.
export type ReviewReader = 'speaker' | 'committee' | 'chair';
export function visibleAnswers(fields: readonly ReviewField[], answers: ReviewAnswers, reader: ReviewReader): ReviewAnswers {
  const shown: ReviewAnswers = {};
  for (const field of fields) {
    if (!Object.hasOwn(answers, field.key)) continue;
    const visibility: ReviewFieldVisibility = field.kind === 'score' ? 'committee' : field.visibility;
    const ok = reader === 'chair' || visibility === 'speakers' || (reader === 'committee' && visibility === 'committee');
    if (ok) shown[field.key] = answers[field.key];
  }
  return shown;
}

// Words as a reader counts them: runs of non-space characters.
export function countWords(text: string): number {
  return text.trim() ? text.trim().split(/\s+/u).length : 0;
}

// A review is a draft (its reviewer's alone, counted nowhere) until submitted; a submitted review
// stays submitted (edits to it are kept in its history).
export const ReviewStatuses = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof ReviewStatuses)[number];
export const reviewMachine = defineMachine<ReviewStatus, 'submit', 'reviewer'>('review', {
  submit: { from: ['draft'], to: 'submitted', by: ['reviewer'] },
});

// A submission's review round: every submission starts in round 1; the chair sends borderline ones
// to a second round, once.
export const ReviewRoundStates = ['round_1', 'round_2'] as const;
export type ReviewRoundState = (typeof ReviewRoundStates)[number];
export const MaxReviewRound = 2;
export const reviewRoundMachine = defineMachine<ReviewRoundState, 'send_to_second_round', 'chair'>('review round', {
  send_to_second_round: { from: ['round_1'], to: 'round_2', by: ['chair'] },
});
export const roundState = (round: number): ReviewRoundState => (round >= 2 ? 'round_2' : 'round_1');
export const roundNumber = (state: ReviewRoundState): number => (state === 'round_2' ? 2 : 1);

export const SecondRoundSchema = z
  .object({
    submissionIds: z.array(IdSchema).min(1).max(500),
    // Reviewers to add for the new round, beside those already assigned.
    reviewerIds: z.array(IdSchema).max(50).optional(),
  })
  .strict();
export type SecondRound = z.infer<typeof SecondRoundSchema>;

export const AuthorResponseSchema = z.object({ body: z.string().trim().min(1).max(50_000) }).strict();
export type AuthorResponseInput = z.infer<typeof AuthorResponseSchema>;

export type AuthorResponse = { id: number; submissionId: number; body: string; wordCount: number; createdAt: string };

// What a speaker reads of a submitted review: never its reviewer when review is anonymous, never
// the score or the committee's and chairs' fields.
export type SpeakerReview = {
  id: number;
  round: number;
  reviewerName: string | null;
  commentToSpeakers: string | null;
  answers: ReviewAnswers;
};
export type SpeakerReviews = {
  submissionId: number;
  fields: ReviewField[];
  reviews: SpeakerReview[];
  response: AuthorResponse | null;
  window: { opensAt: string; closesAt: string; open: boolean; wordLimit: number | null } | null;
};
