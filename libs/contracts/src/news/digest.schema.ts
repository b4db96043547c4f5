import { z } from 'zod';
import { VersionSchema } from '../common/fields.js';
import type { DigestStatus } from './digest.machine.js';
import { IsoWeekSchema } from './iso-week.js';

export const CreateDigestSchema = z.object({ week: IsoWeekSchema }).strict();
export type CreateDigest = z.infer<typeof CreateDigestSchema>;

// Only the intro is the organizer's words; everything else is composed from the data.
export const UpdateDigestSchema = z
  .object({
    intro: z.string().max(5_000).default(''),
    version: VersionSchema,
    id: z.unknown().optional(),
    week: z.unknown().optional(),
    volume: z.unknown().optional(),
    number: z.unknown().optional(),
    label: z.unknown().optional(),
    status: z.unknown().optional(),
    html: z.unknown().optional(),
    text: z.unknown().optional(),
    htmlDe: z.unknown().optional(),
    textDe: z.unknown().optional(),
    subject: z.unknown().optional(),
    recipients: z.unknown().optional(),
    sentAt: z.unknown().optional(),
    sentCount: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();
export type UpdateDigest = z.infer<typeof UpdateDigestSchema>;

export const DigestActionSchema = z.object({ version: VersionSchema.optional() }).strict();

export type Digest = {
  id: number;
  week: string;
  volume: number;
  number: number;
  // "Vol 1 No 7"
  label: string;
  subject: string;
  intro: string;
  status: DigestStatus;
  html: string;
  text: string;
  htmlDe: string;
  textDe: string;
  // Confirmed subscribers it reaches now (a draft) or reached (sent).
  recipients: number;
  sentAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type PublicDigest = Pick<Digest, 'week' | 'volume' | 'number' | 'label' | 'subject' | 'intro' | 'html' | 'text' | 'sentAt'>;
