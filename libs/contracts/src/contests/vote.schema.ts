import { z } from 'zod';
import { IdSchema } from '../common/fields.js';

// Casts the caller's one vote in a contest, or moves it to another entry while voting is open.
export const CastVoteSchema = z.object({ contestId: IdSchema, entryId: IdSchema }).strict();
export type CastVote = z.infer<typeof CastVoteSchema>;

export type Vote = { id: number; contestId: number; entryId: number; voterId: number; createdAt: string; updatedAt: string };
