import { z } from 'zod';

export const StockMovementKinds = ['restock', 'reserve', 'release', 'ship', 'return', 'write_off'] as const;
export type StockMovementKind = (typeof StockMovementKinds)[number];

// How each kind moves the two derived counters. Stock on hand includes what is reserved for packed
// parcels; what is free to pack is onHand − reserved.
export const StockEffects: Record<StockMovementKind, { onHand: -1 | 0 | 1; reserved: -1 | 0 | 1 }> = {
  restock: { onHand: 1, reserved: 0 },
  reserve: { onHand: 0, reserved: 1 },
  release: { onHand: 0, reserved: -1 },
  ship: { onHand: -1, reserved: -1 },
  return: { onHand: 1, reserved: 0 },
  write_off: { onHand: -1, reserved: 0 },
};

const Quantity = z.number().int('must be a whole number').positive('must be at least 1').max(1_000_000);

export const RestockSchema = z.object({ quantity: Quantity, note: z.string().trim().max(1000).nullish() }).strict();
export type Restock = z.infer<typeof RestockSchema>;

// Stock that is damaged or gone must say why.
export const WriteOffSchema = z
  .object({ quantity: Quantity, note: z.string().trim().min(1, 'is required: say why the stock is written off').max(1000) })
  .strict();
export type WriteOff = z.infer<typeof WriteOffSchema>;

export type StockMovement = {
  id: number;
  itemId: number;
  kind: StockMovementKind;
  quantity: number;
  onHandDelta: number;
  reservedDelta: number;
  shipmentId: number | null;
  actorId: number | null;
  actorName: string | null;
  note: string | null;
  createdAt: string;
};

// What is free to pack, and whether the item should be reordered.
export const availableStock = (item: { onHand: number; reserved: number }) => item.onHand - item.reserved;
export const belowReorderLevel = (item: { onHand: number; reserved: number; reorderLevel: number }) =>
  availableStock(item) < item.reorderLevel;
