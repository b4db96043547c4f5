// Error codes the budget and ledger routes answer with, beside the common ones.
export const BudgetErrorCodes = {
  // No budget for the year (and currency) a booking needs: an organizer must create it first.
  NOT_FOUND: 'BUDGET.NOT_FOUND',
  DUPLICATE: 'BUDGET.DUPLICATE',
  BAD_AMOUNT: 'BUDGET.BAD_AMOUNT',
} as const;

export const LedgerErrorCodes = {
  CURRENCY_MISMATCH: 'LEDGER.CURRENCY_MISMATCH',
  BAD_AMOUNT: 'LEDGER.BAD_AMOUNT',
} as const;
