import { z } from 'zod';
import { InstantSchema } from '../common/dates.js';
import { IdSchema, VersionSchema } from '../common/fields.js';
import type { AnnouncementAction, AnnouncementStatus } from './announcement.machine.js';

const AnnouncementFields = z.object({
  title: z.string().trim().min(1, 'is required').max(200),
  // Markdown; the API renders it to sanitised HTML (bodyHtml), raw HTML in it is shown as text.
  body: z.string().max(20_000).default(''),
  // What the news is about, each optional.
  eventId: IdSchema.nullish(),
  cfpId: IdSchema.nullish(),
  contestId: IdSchema.nullish(),
  boothProposalId: IdSchema.nullish(),
  pinned: z.boolean().default(false),
});

export const CreateAnnouncementSchema = AnnouncementFields.strict();
export type CreateAnnouncement = z.infer<typeof CreateAnnouncementSchema>;

export const AnnouncementReadOnlyFields = {
  id: z.unknown().optional(),
  bodyHtml: z.unknown().optional(),
  status: z.unknown().optional(),
  publishAt: z.unknown().optional(),
  publishedAt: z.unknown().optional(),
  authorId: z.unknown().optional(),
  authorName: z.unknown().optional(),
  suggestionKey: z.unknown().optional(),
  allowedActions: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

export const UpdateAnnouncementSchema = AnnouncementFields.extend({ version: VersionSchema, ...AnnouncementReadOnlyFields }).strict();
export type UpdateAnnouncement = z.infer<typeof UpdateAnnouncementSchema>;

export const AnnouncementActionSchema = z.object({ version: VersionSchema.optional() }).strict();
export const ScheduleAnnouncementSchema = z.object({ publishAt: InstantSchema, version: VersionSchema.optional() }).strict();
export type ScheduleAnnouncement = z.infer<typeof ScheduleAnnouncementSchema>;

// A suggestion is named by what it is about: `cfp-opening-3`, `committee-7`, `contest-entries-2`,
// `contest-voting-2`, `booth-volunteers-12`.
export const SuggestionKeySchema = z
  .string()
  .regex(/^(cfp-opening|committee|contest-entries|contest-voting|booth-volunteers)-[1-9]\d{0,9}$/, 'is not a suggestion');
export const CreateFromSuggestionSchema = z.object({ key: SuggestionKeySchema }).strict();
export type CreateFromSuggestion = z.infer<typeof CreateFromSuggestionSchema>;

export type Announcement = {
  id: number;
  title: string;
  body: string;
  bodyHtml: string;
  eventId: number | null;
  cfpId: number | null;
  contestId: number | null;
  boothProposalId: number | null;
  status: AnnouncementStatus;
  publishAt: string | null;
  publishedAt: string | null;
  pinned: boolean;
  authorId: number | null;
  authorName: string | null;
  suggestionKey: string | null;
  allowedActions: AnnouncementAction[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type PublicAnnouncement = Pick<
  Announcement,
  'id' | 'title' | 'body' | 'bodyHtml' | 'eventId' | 'cfpId' | 'contestId' | 'boothProposalId' | 'publishedAt' | 'pinned' | 'authorName'
>;

// A draft the portal offers, written from the data; creating from it keeps the key so it is offered once.
export type AnnouncementSuggestion = {
  key: string;
  kind: 'cfp-opening' | 'committee' | 'contest-entries' | 'contest-voting' | 'booth-volunteers';
  title: string;
  body: string;
  eventId: number | null;
  cfpId: number | null;
  contestId: number | null;
  boothProposalId: number | null;
};
