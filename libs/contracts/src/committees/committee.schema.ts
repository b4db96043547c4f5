import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';

export const SeatRoles = ['chair', 'reviewer'] as const;
export type SeatRole = (typeof SeatRoles)[number];

export const CreateCommitteeSchema = z.object({ eventId: IdSchema, name: z.string().trim().min(1, 'is required').max(200) }).strict();
export type CreateCommittee = z.infer<typeof CreateCommitteeSchema>;

export const UpdateCommitteeSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    version: VersionSchema,
    id: z.unknown().optional(),
    eventId: z.unknown().optional(),
    createdAt: z.unknown().optional(),
  })
  .strict();
export type UpdateCommittee = z.infer<typeof UpdateCommitteeSchema>;

export type Committee = { id: number; eventId: number; name: string; version: number; createdAt: string };

const TrackPreferencesSchema = z.array(z.string().trim().min(1).max(80)).max(20);

export const CreateCommitteeSeatSchema = z
  .object({
    committeeId: IdSchema,
    userId: IdSchema,
    role: z.enum(SeatRoles),
    // Defaults to the member's own affiliation; the committee announces it as given here.
    affiliation: z.string().trim().max(200).nullish(),
    trackPreferences: TrackPreferencesSchema.optional(),
  })
  .strict();
export type CreateCommitteeSeat = z.infer<typeof CreateCommitteeSeatSchema>;

export const UpdateCommitteeSeatSchema = z
  .object({
    role: z.enum(SeatRoles).optional(),
    affiliation: z.string().trim().max(200).nullish(),
    trackPreferences: TrackPreferencesSchema.optional(),
    version: VersionSchema,
    id: z.unknown().optional(),
    committeeId: z.unknown().optional(),
    userId: z.unknown().optional(),
    userName: z.unknown().optional(),
    createdAt: z.unknown().optional(),
  })
  .strict();
export type UpdateCommitteeSeat = z.infer<typeof UpdateCommitteeSeatSchema>;

export type CommitteeSeat = {
  id: number;
  committeeId: number;
  userId: number;
  userName: string;
  role: SeatRole;
  affiliation: string | null;
  trackPreferences: string[];
  version: number;
  createdAt: string;
};

// A declared conflict of interest: the reviewer with a person, or with a whole organisation.
export const CreateConflictSchema = z
  .object({
    reviewerId: IdSchema.optional(),
    userId: IdSchema.nullish(),
    organization: z.string().trim().min(1).max(200).nullish(),
    note: z.string().trim().max(1000).nullish(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.userId === !value.organization) {
      ctx.addIssue({ code: 'custom', path: ['userId'], message: 'name either a person or an organization' });
    }
  });
export type CreateConflict = z.infer<typeof CreateConflictSchema>;

export type Conflict = {
  id: number;
  reviewerId: number;
  reviewerName: string | null;
  userId: number | null;
  // The person the reviewer is conflicted with, by name (null for an organisation).
  userName: string | null;
  organization: string | null;
  // A conflict with one submission, declared by a "conflict" bid; its title for the viewer.
  submissionId: number | null;
  submissionTitle: string | null;
  note: string | null;
  // Who declared it: the reviewer, or a chair or organizer on their behalf.
  declaredBy: number | null;
  declaredByName: string | null;
  // Whether the viewer may remove it: once review is under way only a chair or an organizer may.
  viewerMayRemove: boolean;
  createdAt: string;
};
