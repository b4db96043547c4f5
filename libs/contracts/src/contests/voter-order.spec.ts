import { describe, expect, it } from 'vitest';
import { voterOrder } from './voter-order.js';

const entries = [11, 12, 13, 14, 15].map((id) => ({ id }));
const ids = (list: { id: number }[]) => list.map((entry) => entry.id);

describe('voterOrder', () => {
  it('gives the same voter the same order every time, whatever order the entries arrive in', () => {
    const first = ids(voterOrder(entries, 7, 3));
    expect(ids(voterOrder([...entries].reverse(), 7, 3))).toEqual(first);
    expect(ids(voterOrder(entries, 7, 3))).toEqual(first);
  });

  it('is a permutation: every entry once, nothing added', () => {
    expect(ids(voterOrder(entries, 42, 9)).sort()).toEqual(ids(entries));
  });

  it('gives different voters different orders, and the same voter different orders in different contests', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, voter) => ids(voterOrder(entries, voter + 1, 3)).join(',')));
    expect(orders.size).toBeGreaterThan(20);
    expect(ids(voterOrder(entries, 7, 3))).not.toEqual(ids(voterOrder(entries, 7, 4)));
  });

  it('puts each entry first for about as many voters as any other', () => {
    const firsts = new Map<number, number>();
    for (let voter = 1; voter <= 5000; voter++) {
      const first = voterOrder(entries, voter, 1)[0].id;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    // 1000 expected per entry; a fair shuffle stays well within ±15 %.
    for (const entry of entries) expect(firsts.get(entry.id)).toBeGreaterThan(850);
    for (const entry of entries) expect(firsts.get(entry.id)).toBeLessThan(1150);
  });

  it('keeps the other entries in the same relative order when one is hidden', () => {
    const before = ids(voterOrder(entries, 5, 2));
    const after = ids(
      voterOrder(
        entries.filter((entry) => entry.id !== 13),
        5,
        2,
      ),
    );
    expect(after).toEqual(before.filter((id) => id !== 13));
  });
});
