import { z } from 'zod';

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 country code such as US or DE');

// Ids and versions are PostgreSQL integers; a larger number cannot name a record, so it is refused
// here rather than by the database.
export const MAX_INT4 = 2_147_483_647;

export const VersionSchema = z.number().int().nonnegative().max(MAX_INT4);

export const IdSchema = z.number().int().positive().max(MAX_INT4, 'is not an id');

export const optionalText = (max: number) => z.string().trim().max(max).nullish();

// A link a member enters and others click: http and https only, so that no stored link can be
// `javascript:`, `data:`, `vbscript:` or `file:`. Every stored URL field uses this one schema.
export const webUrl = (max = 500) =>
  z.url({ protocol: /^https?$/, hostname: /^[^\s]+$/, error: 'must be a web address starting with http:// or https://' }).max(max);
