import { z } from 'zod';
import { InstantSchema } from '../common/dates.js';
import { IdSchema, VersionSchema } from '../common/fields.js';

const SlotFields = z.object({
  eventId: IdSchema,
  room: z.string().trim().min(1, 'is required').max(80),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  // A confirmed talk, or nothing for breaks and other fixed items named by `title`.
  submissionId: IdSchema.nullish(),
  title: z.string().trim().max(200).nullish(),
});

const endAfterStart = (value: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) => {
  if (Date.parse(value.endsAt) <= Date.parse(value.startsAt))
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after the start' });
};

export const CreateAgendaSlotSchema = SlotFields.strict().superRefine(endAfterStart);
export type CreateAgendaSlot = z.infer<typeof CreateAgendaSlotSchema>;

export const UpdateAgendaSlotSchema = SlotFields.omit({ eventId: true })
  .extend({ version: VersionSchema, id: z.unknown().optional(), eventId: z.unknown().optional(), createdAt: z.unknown().optional() })
  .strict()
  .superRefine(endAfterStart);
export type UpdateAgendaSlot = z.infer<typeof UpdateAgendaSlotSchema>;

export type AgendaSlot = {
  id: number;
  eventId: number;
  room: string;
  startsAt: string;
  endsAt: string;
  submissionId: number | null;
  title: string | null;
  version: number;
  createdAt: string;
};

export type PublicAgendaTalk = {
  id: number;
  title: string;
  abstractHtml: string;
  format: string;
  track: string | null;
  speakers: Array<{ name: string; affiliation: string | null }>;
};
export type PublicAgendaItem = { id: number; room: string; startsAt: string; endsAt: string; title: string; talk: PublicAgendaTalk | null };

// The agenda builder's grid, kept per summit before any talk fills it: the rooms in their order and
// the time rows (start and end instants).
const TimeRowSchema = z.object({ startsAt: InstantSchema, endsAt: InstantSchema }).strict().superRefine(endAfterStart);

export const SaveAgendaLayoutSchema = z
  .object({
    rooms: z.array(z.string().trim().min(1, 'is required').max(80)).max(50),
    timeRows: z.array(TimeRowSchema).max(200),
    version: VersionSchema.optional(),
  })
  .strict();
export type SaveAgendaLayout = z.infer<typeof SaveAgendaLayoutSchema>;

export type AgendaLayout = {
  eventId: number;
  rooms: string[];
  timeRows: Array<{ startsAt: string; endsAt: string }>;
  version: number;
};
