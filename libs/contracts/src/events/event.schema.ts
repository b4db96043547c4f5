import { z } from 'zod';
import { IsoDateSchema, TimeZoneSchema } from '../common/dates.js';
import { CountryCodeSchema, webUrl } from '../common/fields.js';

// In a module of their own (no zod), so the public calendar's filter does not download the schemas.
import { EventKinds } from './event-kinds.js';
export { EventKinds, type EventKind } from './event-kinds.js';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const EventFields = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  slug: z.string().regex(slugPattern, 'must be lowercase words joined by hyphens').max(80).optional(),
  kind: z.enum(EventKinds),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  timeZone: TimeZoneSchema,
  venue: z.string().trim().max(200).nullish(),
  city: z.string().trim().max(120).nullish(),
  country: CountryCodeSchema.nullish(),
  hostOrganization: z.string().trim().max(200).nullish(),
  website: webUrl().nullish(),
  description: z.string().max(10_000).nullish(),
});

const endNotBeforeStart = <T extends { startDate: string; endDate: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
  }
};

export const CreateEventSchema = EventFields.strict().superRefine(endNotBeforeStart);
export type CreateEvent = z.infer<typeof CreateEventSchema>;

// react-admin PUTs the whole record back: read-only fields are accepted and ignored, unknown ones refused.
export const EventReadOnlyFields = {
  id: z.unknown().optional(),
  status: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

export const UpdateEventSchema = EventFields.extend({ version: z.number().int().nonnegative(), ...EventReadOnlyFields })
  .strict()
  .superRefine(endNotBeforeStart);
export type UpdateEvent = z.infer<typeof UpdateEventSchema>;

export const EventActionSchema = z
  .object({ version: z.number().int().nonnegative().optional(), reason: z.string().trim().max(1000).optional() })
  .strict();
export type EventActionBody = z.infer<typeof EventActionSchema>;

export type Event = CreateEvent & {
  id: number;
  slug: string;
  status: import('./event.machine.js').EventStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
};
