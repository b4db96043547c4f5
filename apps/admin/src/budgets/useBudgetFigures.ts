import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { BudgetSummary, BurnDownPoint } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

// Balances and the burn-down are derived from the ledger by the API, never summed here.
export function useBudgetSummary(budgetId: number | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['budgets', 'summary', budgetId],
    queryFn: async () => (await dataProvider.getView<BudgetSummary>('budgets', { id: budgetId!, view: 'summary' })).data,
    enabled: budgetId !== undefined,
  });
}

export function useBurnDown(budgetId: number | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['budgets', 'burn-down', budgetId],
    queryFn: async () => (await dataProvider.getView<BurnDownPoint[]>('budgets', { id: budgetId!, view: 'burn-down' })).data,
    enabled: budgetId !== undefined,
  });
}
