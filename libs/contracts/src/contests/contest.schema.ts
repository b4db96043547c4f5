import { z } from 'zod';
import { AmountSchema } from '../common/money.js';
import { CurrencySchema } from '../common/money.js';
import { InstantSchema, TimeZoneSchema } from '../common/dates.js';
import { IdSchema, VersionSchema } from '../common/fields.js';
import type { ContestStatus } from './contest.machine.js';

const ContestFields = z.object({
  title: z.string().trim().min(1, 'is required').max(200),
  // Markdown; the API renders it to sanitised HTML (rulesHtml), raw HTML in it is shown as text.
  rules: z.string().max(20_000).default(''),
  // Any finite number here: the API answers the money rule (whole minor units, more than zero) with
  // 422 through checkAmount, like every other amount.
  prize: AmountSchema,
  currency: CurrencySchema,
  // The licence entrants agree to for their artwork, e.g. "CC BY 4.0".
  license: z.string().trim().min(1, 'is required').max(200),
  timeZone: TimeZoneSchema.default('UTC'),
  entriesOpenAt: InstantSchema,
  entriesCloseAt: InstantSchema,
  votingOpensAt: InstantSchema,
  votingClosesAt: InstantSchema,
});

type Windows = { entriesOpenAt: string; entriesCloseAt: string; votingOpensAt: string; votingClosesAt: string };

// Entries, then voting: each window has a length, and voting cannot start before entries close.
export function checkContestWindows(value: Windows, ctx: z.RefinementCtx) {
  const at = (field: keyof Windows) => Date.parse(value[field]);
  if (at('entriesCloseAt') <= at('entriesOpenAt'))
    ctx.addIssue({ code: 'custom', path: ['entriesCloseAt'], message: 'must be after entries open' });
  if (at('votingOpensAt') < at('entriesCloseAt'))
    ctx.addIssue({ code: 'custom', path: ['votingOpensAt'], message: 'must not be before entries close' });
  if (at('votingClosesAt') <= at('votingOpensAt'))
    ctx.addIssue({ code: 'custom', path: ['votingClosesAt'], message: 'must be after voting opens' });
}

export const CreateContestSchema = ContestFields.strict().superRefine(checkContestWindows);
export type CreateContest = z.infer<typeof CreateContestSchema>;

export const ContestReadOnlyFields = {
  id: z.unknown().optional(),
  status: z.unknown().optional(),
  rulesHtml: z.unknown().optional(),
  winnerEntryId: z.unknown().optional(),
  awardedAt: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};

export const UpdateContestSchema = ContestFields.extend({ version: VersionSchema, ...ContestReadOnlyFields })
  .strict()
  .superRefine(checkContestWindows);
export type UpdateContest = z.infer<typeof UpdateContestSchema>;

export const ContestActionSchema = z.object({ version: VersionSchema.optional() }).strict();
export type ContestActionBody = z.infer<typeof ContestActionSchema>;

export const AwardContestSchema = z.object({ entryId: IdSchema, version: VersionSchema.optional() }).strict();
export type AwardContest = z.infer<typeof AwardContestSchema>;

export type Contest = Omit<CreateContest, 'rules' | 'timeZone'> & {
  id: number;
  rules: string;
  rulesHtml: string;
  timeZone: string;
  status: ContestStatus;
  winnerEntryId: number | null;
  awardedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type ContestResult = { entryId: number; title: string; authorName: string; votes: number; rank: number };
export type ContestTurnout = { voters: number; eligible: number };

export type PublicContestEntry = {
  id: number;
  title: string;
  description: string;
  authorName: string;
  artworkUrl: string | null;
  thumbnailUrl: string | null;
};

// GET /api/public/contests/:id — results and turnout appear once voting has closed.
export type PublicContest = Omit<Contest, 'version' | 'createdAt' | 'updatedAt'> & {
  entries: PublicContestEntry[];
  results?: ContestResult[];
  turnout?: ContestTurnout;
};
