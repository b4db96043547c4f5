import { z } from 'zod';
import { ShippingAddressSchema } from '../booth-proposals/booth-proposal.schema.js';

// Postal code shapes for the countries the community ships to most; a carrier rejects a label
// with a malformed code, so we refuse it before anything is packed. Elsewhere any code is taken.
const postalCodes: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  FI: /^\d{5}$/,
  KR: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  BE: /^\d{4}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  AU: /^\d{4}$/,
  DK: /^\d{4}$/,
  NO: /^\d{4}$/,
  SE: /^\d{3} ?\d{2}$/,
  PL: /^\d{2}-\d{3}$/,
  JP: /^\d{3}-?\d{4}$/,
  CN: /^\d{6}$/,
  IN: /^\d{6}$/,
  BR: /^\d{5}-?\d{3}$/,
};

export function postalCodeProblem(country: string, postalCode: string | null | undefined): string | null {
  const pattern = postalCodes[country];
  if (!pattern) return null;
  if (!postalCode) return `is required for an address in ${country}`;
  return pattern.test(postalCode.toUpperCase()) ? null : `is not a postal code of ${country}`;
}

// Where a parcel goes: the booth's shipping address shape plus a phone number carriers ask for.
export const ShipToSchema = ShippingAddressSchema.extend({
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()\-./]{5,30}$/, 'must be a phone number such as +1 310 555 0100')
    .nullish(),
})
  .strict()
  .superRefine((address, ctx) => {
    const problem = postalCodeProblem(address.country, address.postalCode);
    if (problem) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: problem });
  });
export type ShipTo = z.infer<typeof ShipToSchema>;
