import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';
import { SubmissionLevels, type SubmissionLevel } from '../cfps/cfp.schema.js';
import { SubmissionDecisions, type SubmissionDecision, type SubmissionStatus } from './submission.machine.js';

const SubmissionFields = z.object({
  title: z.string().trim().min(1, 'is required').max(200),
  // Markdown; the API renders it to sanitised HTML as abstractHtml.
  abstract: z.string().trim().min(1, 'is required').max(10_000),
  format: z.string().trim().min(1, 'is required').max(60),
  track: z.string().trim().max(80).nullish(),
  // Chosen from the call's topics.
  topics: z.array(z.string().trim().min(1).max(80)).max(10).optional(),
  level: z.enum(SubmissionLevels).nullish(),
  // For the committee only, never shown publicly.
  notes: z.string().max(5_000).nullish(),
  coSpeakerEmails: z.array(z.email('must be an e-mail address').max(254)).max(5).default([]),
});

export const CreateSubmissionSchema = SubmissionFields.extend({ cfpId: IdSchema }).strict();
export type CreateSubmission = z.infer<typeof CreateSubmissionSchema>;

const SubmissionReadOnly = {
  id: z.unknown().optional(),
  cfpId: z.unknown().optional(),
  status: z.unknown().optional(),
  speakers: z.unknown().optional(),
  abstractHtml: z.unknown().optional(),
  pendingDecision: z.unknown().optional(),
  submittedAt: z.unknown().optional(),
  decidedAt: z.unknown().optional(),
  feedback: z.unknown().optional(),
  viewerRole: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

// react-admin PUTs the whole record back: read-only fields are accepted and ignored; coSpeakerEmails
// here invites further co-speakers.
export const UpdateSubmissionSchema = SubmissionFields.extend({ version: VersionSchema, ...SubmissionReadOnly }).strict();
export type UpdateSubmission = z.infer<typeof UpdateSubmissionSchema>;

export const SubmissionActionSchema = z.object({ version: VersionSchema.optional() }).strict();
export type SubmissionActionBody = z.infer<typeof SubmissionActionSchema>;

// A staged decision; null takes a staged decision back.
export const DecideSubmissionSchema = z
  .object({ decision: z.enum(SubmissionDecisions).nullable(), version: VersionSchema.optional() })
  .strict();
export type DecideSubmission = z.infer<typeof DecideSubmissionSchema>;

export const BulkDecideSchema = z
  .object({
    decisions: z
      .array(
        z.object({ submissionId: IdSchema, decision: z.enum(SubmissionDecisions).nullable(), version: VersionSchema.optional() }).strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();
export type BulkDecide = z.infer<typeof BulkDecideSchema>;

export const SpeakerStatuses = ['invited', 'accepted', 'declined'] as const;
export type SpeakerStatus = (typeof SpeakerStatuses)[number];

export type SubmissionSpeaker = {
  userId: number | null;
  name: string | null;
  affiliation: string | null;
  email?: string;
  status: SpeakerStatus;
};

// What a viewer receives; fields that would identify speakers are absent (not null) when the viewer
// reviews anonymously.
// How the viewer relates to a submission; the admin shows buttons from it and the state machine.
// What the holder of an invitation link sees before answering it.
export type SpeakerInvitation = {
  submissionId: number;
  title: string;
  eventName: string;
  invitedBy: string;
  email: string;
  expiresAt: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired';
};

export type SubmissionViewerRole = 'speaker' | 'invited' | 'chair' | 'reviewer';

export type Submission = {
  id: number;
  viewerRole: SubmissionViewerRole;
  cfpId: number;
  title: string;
  abstract: string;
  abstractHtml: string;
  format: string;
  track: string | null;
  topics: string[];
  level: SubmissionLevel | null;
  notes: string | null;
  status: SubmissionStatus;
  speakers?: SubmissionSpeaker[];
  pendingDecision?: SubmissionDecision | null;
  feedback?: string[];
  submittedAt: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
