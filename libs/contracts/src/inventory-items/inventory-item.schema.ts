import { z } from 'zod';

// The catalogue of materials a booth can ask for. Stock (onHand, reserved, reorderLevel) comes with
// shipments and is added to this shape then; the catalogue itself is just what the item is.
const InventoryItemFields = z.object({
  sku: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be capital letters and digits joined by hyphens, such as FLY-XEN')
    .max(40),
  name: z.string().trim().min(1, 'is required').max(200),
  unit: z.string().trim().min(1, 'is required').max(40),
  // Free stock under this level raises an alert (shipments feature).
  reorderLevel: z.number().int('must be a whole number').nonnegative('must not be negative').max(1_000_000).default(0),
});

export const CreateInventoryItemSchema = InventoryItemFields.strict();
export type CreateInventoryItem = z.infer<typeof CreateInventoryItemSchema>;

export const InventoryItemReadOnlyFields = {
  id: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
  // Derived from stock movements; changed only through restock, shipments and write-offs.
  onHand: z.unknown().optional(),
  reserved: z.unknown().optional(),
  available: z.unknown().optional(),
  belowReorderLevel: z.unknown().optional(),
};

export const UpdateInventoryItemSchema = InventoryItemFields.extend({
  version: z.number().int().nonnegative(),
  ...InventoryItemReadOnlyFields,
}).strict();
export type UpdateInventoryItem = z.infer<typeof UpdateInventoryItemSchema>;

export type InventoryItem = CreateInventoryItem & {
  id: number;
  // Stock (shipments feature): on hand includes what is reserved for packed parcels.
  onHand: number;
  reserved: number;
  available: number;
  belowReorderLevel: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};
