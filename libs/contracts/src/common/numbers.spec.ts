import { describe, expect, it } from 'vitest';
import { signed } from './numbers.js';

describe('signed', () => {
  it('writes a plus before positive numbers, a true minus before negative ones, and zero bare', () => {
    expect([2, 0, -1, -20].map(signed)).toEqual(['+2', '0', '−1', '−20']);
  });
});
