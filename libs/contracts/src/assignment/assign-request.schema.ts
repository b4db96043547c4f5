import { z } from 'zod';
import type { AssignmentPair, UnderfilledReason } from './optimal-assignment.js';

// POST /api/cfps/:id/assign. `preview: true` answers the proposed change without writing; applying
// passes the preview's fingerprint back and is refused (409) when anything changed since.
export const AssignRequestSchema = z
  .object({
    preview: z.boolean().optional(),
    fingerprint: z.string().min(1).max(100).optional(),
    minLoad: z.number().int().min(0).max(1000).optional(),
    maxLoad: z.number().int().min(0).max(1000).optional(),
  })
  .strict();
export type AssignRequest = z.infer<typeof AssignRequestSchema>;

export type AssignmentPreviewPair = AssignmentPair & { title: string; reviewerName: string };

export type AssignmentPreview = {
  preview: boolean;
  fingerprint: string;
  added: AssignmentPreviewPair[];
  removed: AssignmentPreviewPair[];
  unchanged: AssignmentPreviewPair[];
  underfilled: Array<{ submissionId: number; missing: number; reason: UnderfilledReason; title: string }>;
  minLoad: number;
  maxLoad: number;
  submissions: number;
  reviewers: number;
};
