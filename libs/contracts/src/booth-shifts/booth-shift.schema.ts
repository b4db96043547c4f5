import { z } from 'zod';
import { IsoDateSchema } from '../common/dates.js';
import { IdSchema } from '../common/fields.js';
import type { BoothShiftStatus } from './booth-shift.machine.js';
import { TimeOfDaySchema } from './coverage.js';

// A member offers to staff a booth on one day, in the event's own time zone.
export const CreateBoothShiftSchema = z
  .object({
    boothProposalId: IdSchema,
    day: IsoDateSchema,
    startTime: TimeOfDaySchema,
    endTime: TimeOfDaySchema,
    note: z.string().trim().max(1000).nullish(),
  })
  .strict()
  .refine((shift) => shift.endTime > shift.startTime, { path: ['endTime'], message: 'must be after the start time' });
export type CreateBoothShift = z.infer<typeof CreateBoothShiftSchema>;

export const BoothShiftActionSchema = z
  .object({ version: z.number().int().nonnegative().optional(), reason: z.string().trim().max(1000).nullish() })
  .strict();
export type BoothShiftActionBody = z.infer<typeof BoothShiftActionSchema>;

export type BoothShift = {
  id: number;
  boothProposalId: number;
  // The booth's proposer, who confirms or declines the offer.
  boothProposerId: number;
  boothName: string;
  userId: number;
  userName: string;
  userCountry: string | null;
  day: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  status: BoothShiftStatus;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
