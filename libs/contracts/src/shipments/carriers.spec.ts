import { describe, expect, it } from 'vitest';
import { Carriers, isCarrier, normalizeTrackingNumber, trackingUrl, type Carrier } from './carriers.js';

const good: Record<Carrier, string[]> = {
  UPS: ['1Z999AA10123456784', '1z 999 aa1 01 2345 6784'],
  FedEx: ['123456789012', '123456789012345', '12345678901234567890', '1234567890123456789012'],
  USPS: ['94001118992231234567', '420902109400111899223', '9400111899223123456789', 'EA123456789US', 'ea 123 456 789 us'],
  DHL: ['1234567890', 'JD014600006281230701'],
  other: ['ABCD', 'PN-2027/0042_a.b', 'x'.repeat(40)],
};
const bad: Record<Carrier, string[]> = {
  UPS: ['1Z999AA1012345678', '1Z999AA101234567845', '2Z999AA10123456784', '1Z999AA1012345678!'],
  FedEx: ['12345678901', '1234567890123', '12345678901234567', '12345678901A'],
  USPS: ['9400111899223123456', '94001118992231234567890', 'EA12345678US', 'E1123456789US'],
  DHL: ['123456789', '12345678901', 'JD01460000628123070', 'JX014600006281230701'],
  other: ['ABC', 'x'.repeat(41), 'bad;drop', '<script>', '-ABC', 'AB CD!'],
};

describe('normalizeTrackingNumber', () => {
  for (const carrier of Carriers) {
    it(`accepts ${carrier} numbers in its formats`, () => {
      for (const number of good[carrier]) expect(normalizeTrackingNumber(carrier, number), number).toMatchObject({ ok: true });
    });
    it(`refuses malformed ${carrier} numbers and says what was expected`, () => {
      for (const number of bad[carrier]) {
        const check = normalizeTrackingNumber(carrier, number);
        expect(check.ok, number).toBe(false);
        expect(!check.ok && check.message).toMatch(/expected/);
      }
    });
  }

  it('drops spaces and upper-cases the big carriers, but keeps the case of an unnamed one', () => {
    expect(normalizeTrackingNumber('UPS', ' 1z 999 aa1 01 2345 6784 ')).toEqual({ ok: true, value: '1Z999AA10123456784' });
    expect(normalizeTrackingNumber('other', 'pn-42ab')).toEqual({ ok: true, value: 'pn-42ab' });
  });

  it('does not accept one carrier’s number for another', () => {
    expect(normalizeTrackingNumber('FedEx', '1Z999AA10123456784').ok).toBe(false);
    expect(normalizeTrackingNumber('UPS', '123456789012').ok).toBe(false);
  });
});

describe('trackingUrl', () => {
  it('links each named carrier to its tracking page', () => {
    expect(trackingUrl('UPS', '1Z999AA10123456784')).toBe('https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784');
    expect(trackingUrl('FedEx', '123456789012')).toBe('https://www.fedex.com/fedextrack/?trknbr=123456789012');
    expect(trackingUrl('DHL', '1234567890')).toContain('tracking-id=1234567890');
    expect(trackingUrl('USPS', 'EA123456789US')).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=EA123456789US');
  });

  it('has no link without a number or for an unnamed carrier, and escapes what it links', () => {
    expect(trackingUrl('UPS', null)).toBeNull();
    expect(trackingUrl(null, '1234567890')).toBeNull();
    expect(trackingUrl('other', 'PN-1')).toBeNull();
    expect(trackingUrl('USPS', 'A B&C')).toContain('A%20B%26C');
  });
});

describe('isCarrier', () => {
  it('knows exactly the five carriers', () => {
    expect(Carriers.every(isCarrier)).toBe(true);
    expect(isCarrier('ups')).toBe(false);
    expect(isCarrier('Royal Mail')).toBe(false);
    expect(isCarrier(7)).toBe(false);
  });
});
