import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';
import type { ContestEntryStatus } from './contest-entry.machine.js';
import type { ArtworkMediaType } from './contest.errors.js';

const EntryText = {
  title: z.string().trim().min(1, 'is required').max(200),
  description: z.string().trim().min(1, 'is required: describe your idea').max(5_000),
};

export const CreateContestEntrySchema = z
  .object({
    contestId: IdSchema,
    ...EntryText,
    // Consent to the contest's artwork licence is recorded with the entry; without it there is no entry.
    licenseAccepted: z.literal(true, { error: "must be accepted: tick the box to agree to the contest's artwork licence" }),
  })
  .strict();
export type CreateContestEntry = z.infer<typeof CreateContestEntrySchema>;

const EntryReadOnly = [
  'id',
  'contestId',
  'authorId',
  'authorName',
  'licenseAccepted',
  'license',
  'licenseAcceptedAt',
  'status',
  'hiddenReason',
  'artworkUrl',
  'thumbnailUrl',
  'artworkType',
  'votes',
  'createdAt',
  'updatedAt',
] as const;

export const UpdateContestEntrySchema = z
  .object({ ...EntryText, version: VersionSchema, ...Object.fromEntries(EntryReadOnly.map((key) => [key, z.unknown().optional()])) })
  .strict();
export type UpdateContestEntry = Pick<z.infer<typeof UpdateContestEntrySchema>, 'title' | 'description' | 'version'>;

export const ContestEntryActionSchema = z.object({ version: VersionSchema.optional() }).strict();
export type ContestEntryActionBody = z.infer<typeof ContestEntryActionSchema>;

export const HideContestEntrySchema = z
  .object({ reason: z.string().trim().min(1, 'is required: the author is told why').max(1_000), version: VersionSchema.optional() })
  .strict();
export type HideContestEntry = z.infer<typeof HideContestEntrySchema>;

export type ContestEntry = {
  id: number;
  contestId: number;
  authorId: number;
  authorName: string;
  title: string;
  description: string;
  licenseAccepted: true;
  license: string;
  licenseAcceptedAt: string;
  status: ContestEntryStatus;
  // Only the author and organizers see why an entry was hidden.
  hiddenReason: string | null;
  artworkUrl: string | null;
  thumbnailUrl: string | null;
  artworkType: ArtworkMediaType | null;
  // null until voting has closed: counts are never shown while people are still voting.
  votes: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
