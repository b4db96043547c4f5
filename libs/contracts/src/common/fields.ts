import { z } from 'zod';

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 country code such as US or DE');

export const VersionSchema = z.number().int().nonnegative();

export const IdSchema = z.number().int().positive();

export const optionalText = (max: number) => z.string().trim().max(max).nullish();
