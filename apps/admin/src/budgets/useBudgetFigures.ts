import { useQuery } from '@tanstack/react-query';
import type { BudgetSummary, BurnDownPoint } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

// Balances and the burn-down are derived from the ledger by the API, never summed here.
export function useBudgetSummary(budgetId: number | undefined) {
  return useQuery({
    queryKey: ['budgets', 'summary', budgetId],
    queryFn: async () => (await httpClient<BudgetSummary>(`${API_URL}/budgets/${budgetId}/summary`)).json,
    enabled: budgetId !== undefined,
  });
}

export function useBurnDown(budgetId: number | undefined) {
  return useQuery({
    queryKey: ['budgets', 'burn-down', budgetId],
    queryFn: async () => (await httpClient<BurnDownPoint[]>(`${API_URL}/budgets/${budgetId}/burn-down`)).json,
    enabled: budgetId !== undefined,
  });
}
