import { z } from 'zod';
import { InstantSchema } from '../common/dates.js';
import { IdSchema, VersionSchema } from '../common/fields.js';
import { AmountSchema, CurrencySchema } from '../common/money.js';

// `price` is parsed as any number here; the API checks it with the money module's minorUnitsProblem
// and answers 422 for a negative, fractional or zero price, like every other amount.
const PackageFields = z.object({
  eventId: IdSchema,
  // The tier: Gold, Silver, Booth partner, …
  name: z.string().trim().min(1, 'is required').max(100),
  price: AmountSchema,
  currency: CurrencySchema,
  benefits: z.array(z.string().trim().min(1, 'must not be empty').max(300)).max(30).default([]),
  quantity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000),
  salesOpenAt: InstantSchema,
  salesCloseAt: InstantSchema,
  // Set when the package sponsors one approved community booth at the event.
  boothProposalId: IdSchema.nullish(),
});

const salesWindow = (value: { salesOpenAt: string; salesCloseAt: string }, ctx: z.RefinementCtx) => {
  if (Date.parse(value.salesCloseAt) <= Date.parse(value.salesOpenAt)) {
    ctx.addIssue({ code: 'custom', path: ['salesCloseAt'], message: 'must be after sales open' });
  }
};

export const CreateSponsorshipPackageSchema = PackageFields.strict().superRefine(salesWindow);
export type CreateSponsorshipPackage = z.infer<typeof CreateSponsorshipPackageSchema>;

export const SponsorshipPackageReadOnlyFields = {
  id: z.unknown().optional(),
  sold: z.unknown().optional(),
  held: z.unknown().optional(),
  available: z.unknown().optional(),
  onSale: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

// The event never changes; it is accepted (and must match) because react-admin sends the whole record.
export const UpdateSponsorshipPackageSchema = PackageFields.extend({ version: VersionSchema, ...SponsorshipPackageReadOnlyFields })
  .strict()
  .superRefine(salesWindow);
export type UpdateSponsorshipPackage = z.infer<typeof UpdateSponsorshipPackageSchema>;

export type SponsorshipPackage = {
  id: number;
  eventId: number;
  name: string;
  price: number;
  currency: string;
  benefits: string[];
  quantity: number;
  // Places taken by paid sponsorships, and held by pending checkouts that have not expired.
  sold: number;
  held: number;
  available: number;
  salesOpenAt: string;
  salesCloseAt: string;
  onSale: boolean;
  boothProposalId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
