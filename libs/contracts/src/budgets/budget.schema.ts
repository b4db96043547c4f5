import { z } from 'zod';
import { IdSchema } from '../common/fields.js';
import { AmountSchema, CurrencySchema } from '../common/money.js';

export const LedgerKinds = ['allocation', 'payment', 'sponsorship', 'refund', 'expense'] as const;
export type LedgerKind = (typeof LedgerKinds)[number];

// Entries an organizer may record by hand; allocations and payments come from the booth workflow.
export const ManualLedgerKinds = ['sponsorship', 'refund', 'expense'] as const;

export const CreateBudgetSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    currency: CurrencySchema,
    amount: AmountSchema,
    sponsorshipGoal: AmountSchema.nullish(),
    note: z.string().trim().max(500).nullish(),
  })
  .strict();
export type CreateBudget = z.infer<typeof CreateBudgetSchema>;

export const UpdateBudgetSchema = z
  .object({
    amount: AmountSchema,
    sponsorshipGoal: AmountSchema.nullish(),
    note: z.string().trim().max(500).nullish(),
    version: z.number().int().nonnegative(),
    id: z.unknown().optional(),
    year: z.unknown().optional(),
    currency: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .partial({ id: true, year: true, currency: true, createdAt: true, updatedAt: true, note: true, sponsorshipGoal: true })
  .strict();
export type UpdateBudget = z.infer<typeof UpdateBudgetSchema>;

export const CreateLedgerEntrySchema = z
  .object({
    budgetId: IdSchema,
    kind: z.enum(ManualLedgerKinds),
    amount: AmountSchema,
    currency: CurrencySchema,
    memo: z.string().trim().min(1, 'is required: say what the money is for').max(500),
  })
  .strict();
export type CreateLedgerEntry = z.infer<typeof CreateLedgerEntrySchema>;

export type Budget = {
  id: number;
  year: number;
  currency: string;
  amount: number;
  sponsorshipGoal: number | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type BudgetSummary = {
  budgetId: number;
  currency: string;
  amount: number;
  allocated: number;
  paid: number;
  income: number;
  spent: number;
  remaining: number;
  // Sponsorship money alone (net of its refunds), and the year's goal for it (null: none set).
  sponsorshipIncome: number;
  sponsorshipGoal: number | null;
  // Booths with sponsorship income: what the program approved, what sponsors paid (net of refunds)
  // and what the booth still costs the program (approved − sponsored, never below zero).
  sponsoredBooths: Array<{ boothProposalId: number; approved: number; sponsored: number; costToProgram: number }>;
};

// `income`: sponsorship money so far, net of its refunds.
export type BurnDownPoint = { date: string; allocated: number; paid: number; income: number; remaining: number };

export type LedgerEntry = {
  id: number;
  budgetId: number;
  kind: LedgerKind;
  amount: number;
  currency: string;
  boothProposalId: number | null;
  shipmentId: number | null;
  contestId: number | null;
  // Income from (or a refund of) a sponsorship; a booth sponsorship also names the booth.
  sponsorshipId: number | null;
  memo: string;
  actorId: number | null;
  createdAt: string;
};
