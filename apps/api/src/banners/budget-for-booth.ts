import { budgetYear, todayIn } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { BudgetEntity } from '../budgets/budget.entity.js';
import type { LedgerService } from '../budgets/ledger.service.js';

// The budget a booth's expense is booked against: the one its approval drew on when the currency
// matches, else this year's budget (the year at the booth's event) in the expense's currency (422 if
// there is none).
export async function budgetForBooth(
  ledger: LedgerService,
  manager: EntityManager,
  booth: Pick<BoothProposalEntity, 'budgetId'>,
  currency: string,
  timeZone = 'UTC',
): Promise<BudgetEntity> {
  const approved = booth.budgetId ? await manager.findOneBy(BudgetEntity, { id: booth.budgetId, currency }) : null;
  return approved ?? ledger.budgetFor(manager, budgetYear(todayIn(timeZone)), currency);
}
