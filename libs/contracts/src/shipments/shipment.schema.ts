import { z } from 'zod';
import { InstantSchema } from '../common/dates.js';
import { IdSchema } from '../common/fields.js';
import { AmountSchema, CurrencySchema } from '../common/money.js';
import { ShipToSchema, type ShipTo } from './address.js';
import type { Carrier } from './carriers.js';
import { ShipmentDirections, type ShipmentDirection, type ShipmentStatus } from './shipment.machine.js';

const ConditionSchema = z.string().trim().max(500).nullish();

export const ItemLineSchema = z
  .object({ itemId: IdSchema, quantity: z.number().int('must be a whole number').positive('must be at least 1').max(1_000_000) })
  .strict();
// A banner line may carry the banner's condition as it is handed over ("support arm missing").
export const BannerLineSchema = z.object({ bannerId: IdSchema, condition: ConditionSchema }).strict();
export const ShipmentLineSchema = z.union([ItemLineSchema, BannerLineSchema]);
export type ShipmentLineInput = z.infer<typeof ShipmentLineSchema>;

const noRepeats = (lines: ShipmentLineInput[], ctx: z.RefinementCtx) => {
  const keys = lines.map((line) => ('itemId' in line ? `item:${line.itemId}` : `banner:${line.bannerId}`));
  if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'lists an item or banner twice' });
};

// Carrier and tracking number are checked by the service so that a wrong one answers 422, as asked.
const CarrierText = z.string().trim().max(40);
const TrackingText = z.string().trim().max(60);

const ShipmentFields = z.object({
  boothProposalId: IdSchema,
  direction: z.enum(ShipmentDirections).default('outbound'),
  // Set when a banner goes straight from one booth to the next without coming home.
  fromBoothProposalId: IdSchema.nullish(),
  // Outbound parcels default to the booth's shipping address.
  shipTo: ShipToSchema.nullish(),
  carrier: CarrierText.nullish(),
  service: z.string().trim().max(100).nullish(),
  trackingNumber: TrackingText.nullish(),
  cost: AmountSchema.nullish(),
  currency: CurrencySchema.nullish(),
  note: z.string().trim().max(2000).nullish(),
  lines: z.array(ShipmentLineSchema).min(1, 'must list at least one item or banner').max(100),
});

export const CreateShipmentSchema = ShipmentFields.strict().superRefine((value, ctx) => noRepeats(value.lines, ctx));
export type CreateShipment = z.infer<typeof CreateShipmentSchema>;

// react-admin PUTs the whole record back: what only the workflow changes is accepted and ignored.
export const ShipmentReadOnlyFields = {
  id: z.unknown().optional(),
  status: z.unknown().optional(),
  trackingUrl: z.unknown().optional(),
  booth: z.unknown().optional(),
  overdue: z.unknown().optional(),
  packedAt: z.unknown().optional(),
  shippedAt: z.unknown().optional(),
  deliveredAt: z.unknown().optional(),
  closedReason: z.unknown().optional(),
  ledgerEntryId: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};
export const UpdateShipmentSchema = ShipmentFields.extend({
  version: z.number().int().nonnegative(),
  // Lines come back with their labels; only the ids and quantities matter.
  lines: z
    .array(
      z.union([
        ItemLineSchema.extend({ sku: z.unknown().optional(), name: z.unknown().optional(), unit: z.unknown().optional() }),
        BannerLineSchema.extend({ tag: z.unknown().optional(), description: z.unknown().optional() }),
      ]),
    )
    .min(1, 'must list at least one item or banner')
    .max(100),
  ...ShipmentReadOnlyFields,
})
  .partial({ direction: true, boothProposalId: true })
  .strict()
  .superRefine((value, ctx) => noRepeats(value.lines, ctx));
export type UpdateShipment = z.infer<typeof UpdateShipmentSchema>;

const BannerConditionsSchema = z
  .array(z.object({ bannerId: IdSchema, condition: z.string().trim().min(1, 'is required').max(500) }).strict())
  .max(100)
  .optional();

export const ShipmentActionSchema = z
  .object({
    version: z.number().int().nonnegative().optional(),
    reason: z.string().trim().max(2000).nullish(),
    // Condition notes taken at this hand-over, kept in each banner's history.
    bannerConditions: BannerConditionsSchema,
  })
  .strict();
export type ShipmentActionBody = z.infer<typeof ShipmentActionSchema>;

export const ShipShipmentSchema = ShipmentActionSchema.extend({
  carrier: CarrierText,
  trackingNumber: TrackingText,
  service: z.string().trim().max(100).nullish(),
  cost: AmountSchema.nullish(),
  currency: CurrencySchema.nullish(),
}).strict();
export type ShipShipmentBody = z.infer<typeof ShipShipmentSchema>;

export const DeliverShipmentSchema = ShipmentActionSchema.extend({
  // When the carrier says it was delivered; now if left out.
  deliveredAt: InstantSchema.nullish(),
}).strict();
export type DeliverShipmentBody = z.infer<typeof DeliverShipmentSchema>;

export type ShipmentItemLine = { itemId: number; quantity: number; sku: string; name: string; unit: string };
export type ShipmentBannerLine = { bannerId: number; condition: string | null; tag: string; description: string };
export type ShipmentLine = ShipmentItemLine | ShipmentBannerLine;

export type ShipmentBooth = {
  id: number;
  status: string;
  eventId: number | null;
  eventName: string | null;
  eventStartDate: string | null;
  eventEndDate: string | null;
  timeZone: string | null;
  neededBy: string | null;
  receivingWindow: { from: string; to: string } | null;
  proposerName: string;
};

export type Shipment = {
  id: number;
  boothProposalId: number;
  fromBoothProposalId: number | null;
  booth: ShipmentBooth;
  direction: ShipmentDirection;
  status: ShipmentStatus;
  shipTo: ShipTo | null;
  carrier: Carrier | null;
  service: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  cost: number | null;
  currency: string | null;
  ledgerEntryId: number | null;
  note: string | null;
  closedReason: string | null;
  lines: ShipmentLine[];
  // Outbound and not delivered by the booth's needed-by date, in the event's time zone.
  overdue: boolean;
  packedAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const isItemLine = (
  line: ShipmentLineInput | ShipmentLine,
): line is Extract<ShipmentLineInput, { itemId: number }> & { itemId: number } => 'itemId' in line;
