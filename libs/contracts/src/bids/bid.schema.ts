import { z } from 'zod';
import { BID_MAX, BID_MIN } from '../assignment/optimal-assignment.js';
import { IdSchema } from '../common/fields.js';

// A reviewer's bid on a submission (HotCRP's "review preference"): −20 (please not) … +20 (eager);
// 0 is neutral. "conflict" declares a conflict of interest with the submission instead.
// Out-of-range values pass the schema (a whole number is well-formed) and are refused with 422 by the
// service, which names the allowed range.
const WholeNumber = z.number().int('must be a whole number').min(-1_000_000).max(1_000_000);
export const bidInRange = (value: number) => value >= BID_MIN && value <= BID_MAX;

export const UpsertBidSchema = z
  .object({
    submissionId: IdSchema,
    value: z.union([WholeNumber, z.literal('conflict')], { error: `must be a whole number from ${BID_MIN} to ${BID_MAX}, or "conflict"` }),
  })
  .strict();
export type UpsertBid = z.infer<typeof UpsertBidSchema>;

// The answer to a bid: the stored value (null once a conflict was declared and the bid removed).
export type Bid = { id: number; submissionId: number; reviewerId: number; value: number | null; conflict: boolean; updatedAt: string };

// One row of the caller's bidding sheet. Speakers appear only where the viewer may see them (never
// under anonymous review); `topicMatch` is the sum of the caller's interests in the row's topics.
export type BidSheetRow = {
  id: number;
  submissionId: number;
  cfpId: number;
  title: string;
  abstractExcerpt: string;
  format: string;
  track: string | null;
  topics: string[];
  speakers: Array<{ name: string; affiliation: string | null }>;
  bid: number | null;
  topicMatch: number;
  matchedTopics: string[];
};

// Topic interests: per committee, −2 (not at all) … +2 (very); topics come from the committee's call.
export const TOPIC_INTEREST_MIN = -2;
export const TOPIC_INTEREST_MAX = 2;
export const interestInRange = (value: number) => value >= TOPIC_INTEREST_MIN && value <= TOPIC_INTEREST_MAX;

export const UpdateTopicInterestsSchema = z
  .object({
    committeeId: IdSchema,
    interests: z
      .array(
        z
          .object({
            topic: z.string().trim().min(1).max(80),
            value: WholeNumber,
          })
          .strict(),
      )
      .max(50)
      .superRefine((interests, ctx) => {
        const seen = new Set<string>();
        interests.forEach(({ topic }, index) => {
          if (seen.has(topic)) ctx.addIssue({ code: 'custom', path: [index, 'topic'], message: 'is listed twice' });
          seen.add(topic);
        });
      }),
  })
  .strict();
export type UpdateTopicInterests = z.infer<typeof UpdateTopicInterestsSchema>;

// The caller's interests in one committee: every topic of its call, with their value (0 when unset).
export type TopicInterests = {
  id: number;
  committeeId: number;
  cfpId: number | null;
  topics: string[];
  interests: Array<{ topic: string; value: number }>;
};

// Opening or closing bidding on a call: the chair's action; `version` is the call's, optional.
export const BiddingActionSchema = z.object({ version: z.number().int().nonnegative().optional() }).strict();
export type BiddingAction = z.infer<typeof BiddingActionSchema>;
