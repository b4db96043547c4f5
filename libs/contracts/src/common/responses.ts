import { z } from 'zod';

// What the API answers, for its OpenAPI document.

// The one error body of every refusal (apps/api/src/common/error.filter.ts): HTTP status, its
// name, a code from a feature's errors enum, a sentence, and messages per field when input was wrong.
export const ErrorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  code: z.string(),
  message: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
});

// One record as a resource shows it: its id and the fields its type in this package names
// (Event, BoothProposal, …), dates as ISO strings and money in minor units.
export const RecordBodySchema = z.looseObject({ id: z.union([z.number().int(), z.string()]) });

// An action that answers with a fact rather than a record (a dashboard, a summary, a sign-in).
export const ResultBodySchema = z.looseObject({});
