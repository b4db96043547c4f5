import { Link, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { Budget } from '@summitdesk/contracts';
import { BudgetSummaryTiles } from '../budgets/BudgetSummaryTiles';
import { BurnDownChart } from '../budgets/BurnDownChart';
import { DashboardCard } from './DashboardCard';

// This year's budget (or the next one, once planning starts): its balances and burn-down.
export const BudgetBurnDownCard = () => {
  const translate = useTranslate();
  const { data } = useGetList<Budget & { id: number }>('budgets', {
    filter: { year: [new Date().getFullYear(), new Date().getFullYear() + 1] },
    sort: { field: 'year', order: 'ASC' },
    pagination: { page: 1, perPage: 2 },
  });
  const budget = data?.[0];
  return (
    <DashboardCard
      title="summitdesk.budgets.burn_down"
      icon={<AccountBalanceIcon />}
      action={
        <Link component={RouterLink} to={budget ? `/budgets/${budget.id}/show` : '/budgets'}>
          {translate('summitdesk.budgets.menu')}
        </Link>
      }
    >
      {budget ? (
        <>
          <Typography variant="subtitle2">{`${budget.year} (${budget.currency})`}</Typography>
          <BudgetSummaryTiles budgetId={budget.id} />
          <BurnDownChart budgetId={budget.id} currency={budget.currency} year={budget.year} amount={budget.amount} height={220} />
        </>
      ) : (
        <Typography variant="body2">{translate('summitdesk.budgets.empty')}</Typography>
      )}
    </DashboardCard>
  );
};
