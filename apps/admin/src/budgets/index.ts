import { lazy } from 'react';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { Budget } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./BudgetList').then((module) => ({ default: module.BudgetList }))),
  show: lazy(() => import('./BudgetShow').then((module) => ({ default: module.BudgetShow }))),
  edit: lazy(() => import('./BudgetEdit').then((module) => ({ default: module.BudgetEdit }))),
  create: lazy(() => import('./BudgetCreate').then((module) => ({ default: module.BudgetCreate }))),
  icon: AccountBalanceIcon,
  recordRepresentation: (budget: Budget) => `${budget.year} (${budget.currency})`,
};
