import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { Budget } from '@summitdesk/contracts';
import { BudgetCreate } from './BudgetCreate';
import { BudgetEdit } from './BudgetEdit';
import { BudgetList } from './BudgetList';
import { BudgetShow } from './BudgetShow';

export default {
  list: BudgetList,
  show: BudgetShow,
  edit: BudgetEdit,
  create: BudgetCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: (budget: Budget) => `${budget.year} (${budget.currency})`,
};
