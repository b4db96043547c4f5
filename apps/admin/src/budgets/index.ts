import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { Budget } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./BudgetList').then((module) => module.BudgetList)),
  show: lazy(() => import('./BudgetShow').then((module) => ({ default: module.BudgetShow }))),
  edit: lazy(() => import('./BudgetEdit').then((module) => ({ default: module.BudgetEdit }))),
  create: lazy(() => import('./BudgetCreate').then((module) => ({ default: module.BudgetCreate }))),
  icon: AccountBalanceIcon,
  recordRepresentation: (budget: Budget) => `${budget.year} (${budget.currency})`,
};
