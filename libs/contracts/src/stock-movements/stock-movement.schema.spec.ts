import { describe, expect, it } from 'vitest';
import { availableStock, belowReorderLevel, StockEffects, StockMovementKinds } from './stock-movement.schema.js';

describe('StockEffects', () => {
  it('moves a parcel’s items from free stock to reserved, then out of the warehouse', () => {
    let item = { onHand: 500, reserved: 0 };
    for (const kind of ['reserve', 'ship'] as const) {
      item = { onHand: item.onHand + StockEffects[kind].onHand * 200, reserved: item.reserved + StockEffects[kind].reserved * 200 };
    }
    expect(item).toEqual({ onHand: 300, reserved: 0 });
  });

  it('gives every kind an effect, and only restock and return add stock', () => {
    const adding = StockMovementKinds.filter((kind) => StockEffects[kind].onHand > 0);
    expect(adding).toEqual(['restock', 'return']);
  });
});

describe('belowReorderLevel', () => {
  it('alerts when the free stock falls under the reorder level', () => {
    expect(belowReorderLevel({ onHand: 300, reserved: 250, reorderLevel: 100 })).toBe(true);
    expect(belowReorderLevel({ onHand: 300, reserved: 200, reorderLevel: 100 })).toBe(false);
    expect(belowReorderLevel({ onHand: 0, reserved: 0, reorderLevel: 0 })).toBe(false);
    expect(availableStock({ onHand: 300, reserved: 250 })).toBe(50);
  });
});
