import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    budgets: {
      menu: 'Budget',
      sponsorship_goal_help: 'What sponsors should bring in this year; the dashboard shows income against it.',
      empty: 'No budget yet — create the year’s budget before approving booths.',
      summary: 'Summary',
      amount: 'Budget',
      allocated: 'Allocated',
      paid: 'Paid',
      income: 'Sponsorship and refunds in',
      spent: 'Spent',
      remaining: 'Remaining',
      burn_down: 'Burn-down',
      burn_down_help: 'Allocated, paid and remaining money over the year, from the ledger.',
      ledger: 'Ledger',
      no_entries: 'No ledger entries yet.',
      record_entry: 'Record an entry',
      ledger_help: 'The ledger is append-only: a mistake is corrected by a new entry (a refund).',
      kinds: { allocation: 'Allocation', payment: 'Payment', sponsorship: 'Sponsorship', refund: 'Refund', expense: 'Expense' },
    },
  },
  verbs: {
    allocation: 'allocated money in',
    payment: 'recorded a payment in',
  },
  entities: {
    budget: 'budget',
    ledger_entry: 'ledger',
  },
  resources: {
    budgets: {
      name: 'Budget |||| Budgets',
      fields: { id: 'ID', year: 'Year', currency: 'Currency', amount: 'Amount', sponsorshipGoal: 'Sponsorship goal', note: 'Note' },
    },
    'ledger-entries': {
      name: 'Ledger entry |||| Ledger',
      fields: {
        id: 'ID',
        budgetId: 'Budget',
        kind: 'Kind',
        amount: 'Amount',
        currency: 'Currency',
        boothProposalId: 'Booth',
        memo: 'Memo',
        createdAt: 'When',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
