import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';
import { WebsiteSchema } from '../sponsorships/sponsor.schema.js';

// Slides are a PDF, recognised by its bytes and a real parse; this is the most a speaker may upload.
export const SLIDES_MAX_BYTES = 25 * 1024 * 1024;
// Where a talk's recording lives: an http(s) address (no javascript: or data: links on the public page).
export const VideoUrlSchema = WebsiteSchema;

// A speaker of an accepted or confirmed talk opens the talk's library record (once per talk).
export const CreatePresentationSchema = z
  .object({
    submissionId: IdSchema,
    videoUrl: VideoUrlSchema.nullable().optional(),
  })
  .strict();
export type CreatePresentation = z.infer<typeof CreatePresentationSchema>;

// react-admin sends the whole record back; only the video link is the speaker's to change, the
// record's other fields are ignored and any other field is refused.
const READ_ONLY_FIELDS = [
  'id',
  'submissionId',
  'title',
  'track',
  'format',
  'eventId',
  'eventName',
  'eventSlug',
  'year',
  'speakers',
  'slidesUrl',
  'previewUrl',
  'pageCount',
  'uploadedAt',
  'views',
  'downloads',
  'isPublic',
] as const;
export const UpdatePresentationSchema = z
  .object({
    videoUrl: VideoUrlSchema.nullable().optional(),
    version: VersionSchema.optional(),
    ...Object.fromEntries(READ_ONLY_FIELDS.map((field) => [field, z.unknown().optional()])),
  })
  .strict();
export type UpdatePresentation = z.infer<typeof UpdatePresentationSchema>;

export type PresentationSpeaker = { name: string; affiliation: string | null };

export type Presentation = {
  id: number;
  submissionId: number;
  title: string;
  track: string | null;
  format: string;
  eventId: number;
  eventName: string;
  eventSlug: string;
  year: number;
  speakers: PresentationSpeaker[];
  slidesUrl: string | null;
  previewUrl: string | null;
  videoUrl: string | null;
  pageCount: number | null;
  uploadedAt: string | null;
  views: number;
  downloads: number;
  isPublic: boolean;
  version: number;
};

export const StatisticsPeriods = ['week', 'month', 'quarter', 'year'] as const;
export type StatisticsPeriod = (typeof StatisticsPeriods)[number];

export const StatisticsColumns = [
  'period',
  'presentationsUploaded',
  'views',
  'downloads',
  'boothsHeld',
  'boothVisitors',
  'boothLeads',
  'volunteerHours',
  'submissions',
  'reviews',
  'contestEntries',
  'votes',
  'sponsorshipIncome',
  'newMembers',
  'subscribers',
] as const;
export type StatisticsRow = { period: string } & Record<Exclude<(typeof StatisticsColumns)[number], 'period'>, number>;
