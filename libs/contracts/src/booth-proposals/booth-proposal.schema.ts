import { z } from 'zod';
import { IsoDateSchema } from '../common/dates.js';
import { CountryCodeSchema, IdSchema } from '../common/fields.js';
import { AmountSchema, CurrencySchema } from '../common/money.js';
import { OpeningHoursSchema, type OpeningHours } from '../booth-shifts/coverage.js';
import { CreateEventSchema } from '../events/event.schema.js';
import type { BoothProposalPath, BoothProposalStatus } from './booth-proposal.machine.js';

export const BannerChoices = ['none', 'ship_existing', 'order_new'] as const;
export type BannerChoice = (typeof BannerChoices)[number];

export const ShippingAddressSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    line1: z.string().trim().min(1, 'is required').max(200),
    line2: z.string().trim().max(200).nullish(),
    city: z.string().trim().min(1, 'is required').max(120),
    region: z.string().trim().max(120).nullish(),
    postalCode: z.string().trim().max(20).nullish(),
    country: CountryCodeSchema,
  })
  .strict();
export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;

export const MaterialRequestSchema = z
  .object({ itemId: IdSchema, quantity: z.number().int('must be a whole number').positive('must be at least 1').max(1_000_000) })
  .strict();

export const ReceivingWindowSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .strict()
  .refine((window) => window.to >= window.from, { path: ['to'], message: 'must not be before the start of the window' });

const BoothProposalFields = z.object({
  // Either an event already in the calendar, or a new one the member describes.
  eventId: IdSchema.nullish(),
  newEvent: CreateEventSchema.nullish(),
  pitch: z.string().trim().min(1, 'is required').max(5000),
  expectedAttendance: z.number().int('must be a whole number').nonnegative().max(10_000_000).nullish(),
  staffingPlan: z.string().trim().max(5000).nullish(),
  feeRequested: AmountSchema.default(0),
  currency: CurrencySchema,
  materials: z.array(MaterialRequestSchema).max(50).default([]),
  banner: z.enum(BannerChoices).default('none'),
  // A banner asset (tracked by the banners feature) when shipping an existing one.
  bannerId: IdSchema.nullish(),
  shippingAddress: ShippingAddressSchema.nullish(),
  neededBy: IsoDateSchema.nullish(),
  receivingWindow: ReceivingWindowSchema.nullish(),
  openingHours: z.array(OpeningHoursSchema).max(31).nullish(),
});

type ProposalShape = {
  eventId?: number | null;
  newEvent?: unknown;
  materials?: { itemId: number }[];
  banner?: BannerChoice;
  bannerId?: number | null;
  openingHours?: OpeningHours[] | null;
};

const consistent = (value: ProposalShape, ctx: z.RefinementCtx) => {
  if (!value.eventId === !value.newEvent) {
    ctx.addIssue({ code: 'custom', path: ['eventId'], message: 'choose an existing event or describe a new one (not both)' });
  }
  const items = (value.materials ?? []).map((line) => line.itemId);
  if (new Set(items).size !== items.length) ctx.addIssue({ code: 'custom', path: ['materials'], message: 'lists an item twice' });
  if (value.bannerId && value.banner !== 'ship_existing') {
    ctx.addIssue({ code: 'custom', path: ['bannerId'], message: 'only applies when shipping an existing banner' });
  }
  const days = (value.openingHours ?? []).map((hours) => hours.day);
  if (new Set(days).size !== days.length) ctx.addIssue({ code: 'custom', path: ['openingHours'], message: 'lists a day twice' });
};

export const CreateBoothProposalSchema = BoothProposalFields.strict().superRefine(consistent);
export type CreateBoothProposal = z.infer<typeof CreateBoothProposalSchema>;

// react-admin PUTs the whole record back: what only the workflow changes is accepted and ignored.
export const BoothProposalReadOnlyFields = {
  id: z.unknown().optional(),
  proposerId: z.unknown().optional(),
  proposerName: z.unknown().optional(),
  reviewerId: z.unknown().optional(),
  event: z.unknown().optional(),
  status: z.unknown().optional(),
  feeApproved: z.unknown().optional(),
  approvedCurrency: z.unknown().optional(),
  exchangeRate: z.unknown().optional(),
  budgetId: z.unknown().optional(),
  bannerApproved: z.unknown().optional(),
  overBudgetReason: z.unknown().optional(),
  reviewNote: z.unknown().optional(),
  report: z.unknown().optional(),
  statusChangedAt: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

export const UpdateBoothProposalSchema = BoothProposalFields.extend({
  version: z.number().int().nonnegative(),
  // Lines come back with their approved quantities; those are the organizer's and are ignored here.
  materials: z
    .array(MaterialRequestSchema.extend({ quantityApproved: z.unknown().optional() }))
    .max(50)
    .default([]),
  ...BoothProposalReadOnlyFields,
})
  .strict()
  .superRefine(consistent);
export type UpdateBoothProposal = z.infer<typeof UpdateBoothProposalSchema>;

// Actions that need a reason (reject, request changes, cancel) say so in the service, with 422.
export const BoothProposalActionSchema = z
  .object({ version: z.number().int().nonnegative().optional(), reason: z.string().trim().max(2000).nullish() })
  .strict();
export type BoothProposalActionBody = z.infer<typeof BoothProposalActionSchema>;

export const ApproveBoothProposalSchema = z
  .object({
    version: z.number().int().nonnegative().optional(),
    // In the budget's currency; `currency` may be sent to make that explicit and must then match it.
    feeApproved: AmountSchema,
    currency: CurrencySchema.optional(),
    // 1 unit of the asked currency in the budget's currency, as the organizer looked it up.
    exchangeRate: z.number().positive('must be more than 0').max(1_000_000).nullish(),
    // Approved quantity per asked item; items left out are approved as asked.
    materials: z
      .array(z.object({ itemId: IdSchema, quantity: AmountSchema }).strict())
      .max(50)
      .optional(),
    bannerApproved: z.boolean().optional(),
    note: z.string().trim().max(2000).nullish(),
    // Approving past the budget needs a reason, which the audit log keeps.
    overBudgetReason: z.string().trim().max(2000).nullish(),
  })
  .strict();
export type ApproveBoothProposal = z.infer<typeof ApproveBoothProposalSchema>;

export const BoothReportSchema = z
  .object({
    version: z.number().int().nonnegative().optional(),
    visitors: z.number().int('must be a whole number').nonnegative().max(10_000_000),
    leads: z.number().int('must be a whole number').nonnegative().max(10_000_000),
    actualSpend: AmountSchema,
    currency: CurrencySchema.optional(),
    lessons: z.string().trim().min(1, 'is required').max(10_000),
  })
  .strict();
export type BoothReport = z.infer<typeof BoothReportSchema>;

export type BoothProposalMaterial = { itemId: number; quantity: number; quantityApproved: number | null };

export type BoothReportPhoto = { id: number; url: string; mediaType: string; size: number; createdAt: string };

export type BoothProposalReport = {
  visitors: number | null;
  leads: number | null;
  actualSpend: number | null;
  currency: string | null;
  lessons: string | null;
  filedAt: string | null;
  photos: BoothReportPhoto[];
};

export type BoothProposalEvent = {
  id: number;
  name: string;
  slug: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  city: string | null;
  country: string | null;
};

export type BoothProposal = {
  id: number;
  eventId: number | null;
  event: BoothProposalEvent | null;
  newEvent: z.infer<typeof CreateEventSchema> | null;
  proposerId: number;
  proposerName: string;
  reviewerId: number | null;
  status: BoothProposalStatus;
  pitch: string;
  expectedAttendance: number | null;
  staffingPlan: string | null;
  feeRequested: number;
  currency: string;
  feeApproved: number | null;
  approvedCurrency: string | null;
  exchangeRate: string | null;
  budgetId: number | null;
  materials: BoothProposalMaterial[];
  banner: BannerChoice;
  bannerId: number | null;
  bannerApproved: boolean | null;
  // Private to the proposer and organizers: null for other members.
  shippingAddress: ShippingAddress | null;
  neededBy: string | null;
  receivingWindow: { from: string; to: string } | null;
  openingHours: OpeningHours[] | null;
  overBudgetReason: string | null;
  reviewNote: string | null;
  report: BoothProposalReport | null;
  statusChangedAt: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

// Which steps the approved proposal still has to go through; before approval the asked lines count.
export function boothProposalPath(
  proposal: Pick<BoothProposal, 'feeApproved' | 'feeRequested' | 'materials' | 'banner' | 'bannerApproved'>,
): BoothProposalPath {
  const decided = proposal.feeApproved !== null;
  const fee = decided ? proposal.feeApproved! : proposal.feeRequested;
  const items = proposal.materials.some((line) => (decided ? (line.quantityApproved ?? 0) : line.quantity) > 0);
  const banner = proposal.banner !== 'none' && (decided ? proposal.bannerApproved !== false : true);
  return { feeToPay: fee > 0, somethingToShip: items || banner };
}
