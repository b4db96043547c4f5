import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';
import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

// A company's public address: http or https only (no javascript:, data: or ftp: links on the event page).
export const WebsiteSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

const SponsorFields = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  website: WebsiteSchema,
  // Members who act for the company: they buy packages and see its sponsorships. A member who
  // creates the profile is always one of them.
  contactIds: z.array(IdSchema).max(20, 'lists more than 20 contacts').default([]),
});

export const CreateSponsorSchema = SponsorFields.strict();
export type CreateSponsor = z.infer<typeof CreateSponsorSchema>;

export const SponsorReadOnlyFields = {
  id: z.unknown().optional(),
  logoUrl: z.unknown().optional(),
  verified: z.unknown().optional(),
  verifiedAt: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

export const UpdateSponsorSchema = SponsorFields.extend({ version: VersionSchema, ...SponsorReadOnlyFields }).strict();
export type UpdateSponsor = z.infer<typeof UpdateSponsorSchema>;

export const VerifySponsorSchema = z.object({ version: VersionSchema.optional() }).strict();
export type VerifySponsor = z.infer<typeof VerifySponsorSchema>;

export type Sponsor = {
  id: number;
  name: string;
  website: string;
  // Shown to the public only once verified; contacts and organizers see it before.
  logoUrl: string | null;
  verified: boolean;
  verifiedAt: string | null;
  contactIds: number[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

// A sponsor profile is checked by an organizer before its logo appears on public pages.
export const SponsorStatuses = ['unverified', 'verified'] as const;
export type SponsorStatus = (typeof SponsorStatuses)[number];
export const SponsorActions = ['verify'] as const;
export type SponsorAction = (typeof SponsorActions)[number];
export const sponsorMachine = defineMachine<SponsorStatus, SponsorAction, Role>('sponsor', {
  verify: { from: ['unverified'], to: 'verified', by: ['organizer'] },
});
