import { z } from 'zod';

// Casts the caller's one vote in a contest, or moves it to another entry while voting is open.
export const CastVoteSchema = z
  .object({ contestId: z.number().int().positive(), entryId: z.number().int().positive() })
  .strict();
export type CastVote = z.infer<typeof CastVoteSchema>;

export type Vote = { id: number; contestId: number; entryId: number; voterId: number; createdAt: string; updatedAt: string };
