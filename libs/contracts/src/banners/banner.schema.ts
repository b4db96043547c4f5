import { z } from 'zod';
import { IdSchema } from '../common/fields.js';
import { AmountSchema, CurrencySchema } from '../common/money.js';

export const BannerLocations = ['warehouse', 'in_transit', 'at_event', 'lost'] as const;
export type BannerLocation = (typeof BannerLocations)[number];

// Banners away from the warehouse and not written off: what the dashboard counts as out.
export const OutBannerLocations: readonly BannerLocation[] = ['in_transit', 'at_event'];

const BannerFields = z.object({
  tag: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be capital letters and digits joined by hyphens, such as B-2')
    .max(20),
  description: z.string().trim().min(1, 'is required').max(500),
  condition: z.string().trim().min(1, 'is required').max(500).default('good'),
});

export const CreateBannerSchema = BannerFields.strict();
export type CreateBanner = z.infer<typeof CreateBannerSchema>;

export const BannerReadOnlyFields = {
  id: z.unknown().optional(),
  location: z.unknown().optional(),
  boothProposalId: z.unknown().optional(),
  shipmentId: z.unknown().optional(),
  eventName: z.unknown().optional(),
  lostReason: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};
export const UpdateBannerSchema = BannerFields.extend({ version: z.number().int().nonnegative(), ...BannerReadOnlyFields }).strict();
export type UpdateBanner = z.infer<typeof UpdateBannerSchema>;

// Written off as lost: the booth can then close without it, and the reason stays in its history.
export const LoseBannerSchema = z
  .object({ version: z.number().int().nonnegative().optional(), reason: z.string().trim().max(2000).nullish() })
  .strict();
export type LoseBanner = z.infer<typeof LoseBannerSchema>;

// A booth that asked for `ship_existing` gets one of the community's banners.
export const AssignBannerSchema = z.object({ boothProposalId: IdSchema }).strict();
export type AssignBanner = z.infer<typeof AssignBannerSchema>;

// A booth that asked for `order_new`: the order is an expense now, the banner an asset once it arrives.
export const OrderBannerSchema = z
  .object({
    boothProposalId: IdSchema,
    description: z.string().trim().min(1, 'is required').max(500),
    cost: AmountSchema,
    currency: CurrencySchema,
    supplier: z.string().trim().max(200).nullish(),
  })
  .strict();
export type OrderBanner = z.infer<typeof OrderBannerSchema>;

export const ReceiveBannerSchema = z
  .object({ tag: BannerFields.shape.tag, condition: z.string().trim().min(1).max(500).default('new') })
  .strict();
export type ReceiveBanner = z.infer<typeof ReceiveBannerSchema>;

export type Banner = {
  id: number;
  tag: string;
  description: string;
  condition: string;
  location: BannerLocation;
  // The booth it is at or travelling to or from; null at home.
  boothProposalId: number | null;
  eventName: string | null;
  // The open shipment it is on, if any: a banner is on one parcel at a time.
  shipmentId: number | null;
  lostReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

// One hand-over in a banner's chain of custody.
export type BannerHandOver = {
  id: number;
  bannerId: number;
  fromLocation: BannerLocation | null;
  toLocation: BannerLocation;
  // Who holds it now, in words: "Warehouse", "UPS 1Z999AA10123456784", "SCALE 2027 booth (Pat Doe)".
  holder: string;
  condition: string | null;
  note: string | null;
  shipmentId: number | null;
  boothProposalId: number | null;
  actorName: string | null;
  createdAt: string;
};

export type BannerOrder = {
  id: number;
  boothProposalId: number;
  description: string;
  cost: number;
  currency: string;
  supplier: string | null;
  bannerId: number | null;
  ledgerEntryId: number;
  createdAt: string;
  receivedAt: string | null;
};
