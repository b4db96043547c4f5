import { Injectable } from '@nestjs/common';
import {
  BudgetErrorCodes,
  LedgerKinds,
  type Budget,
  type CreateBudget,
  type CreateLedgerEntry,
  type UpdateBudget,
} from '@summitdesk/contracts';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound } from '../common/app-error.js';
import { checkAmount as checkMoney } from '../common/money.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { BudgetEntity } from './budget.entity.js';
import { LedgerEntryEntity } from './ledger-entry.entity.js';
import { LedgerService, presentLedgerEntry } from './ledger.service.js';
import { Transactions } from '../common/transactions.js';

const budgetListSpec: ListSpec = {
  resource: 'budgets',
  sortable: { year: 'budget.year', id: 'budget.id', currency: 'budget.currency' },
  filterable: {
    id: { column: 'budget.id', type: 'int' },
    year: { column: 'budget.year', type: 'int' },
    currency: { column: 'budget.currency', type: 'text' },
  },
  defaultSort: ['year', 'DESC'],
  idColumn: 'budget.id',
};

const ledgerListSpec: ListSpec = {
  resource: 'ledger-entries',
  sortable: { createdAt: 'entry.created_at', id: 'entry.id', amount: 'entry.amount' },
  filterable: {
    id: { column: 'entry.id', type: 'int' },
    budgetId: { column: 'entry.budget_id', type: 'int' },
    kind: { column: 'entry.kind', type: 'text', values: LedgerKinds },
    boothProposalId: { column: 'entry.booth_proposal_id', type: 'int' },
    shipmentId: { column: 'entry.shipment_id', type: 'int' },
    contestId: { column: 'entry.contest_id', type: 'int' },
    createdAt: { column: 'entry.created_at', type: 'instant', range: true },
  },
  search: 'entry.memo',
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'entry.id',
};

const presentBudget = (budget: BudgetEntity): Budget => ({
  ...budget,
  createdAt: budget.createdAt.toISOString(),
  updatedAt: budget.updatedAt.toISOString(),
});

@Injectable()
export class BudgetsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(
      this.transactions.reader.getRepository(BudgetEntity).createQueryBuilder('budget'),
      query,
      budgetListSpec,
      presentBudget,
    );
  }

  async findOne(id: number) {
    const budget = await this.transactions.reader.getRepository(BudgetEntity).findOneBy({ id });
    if (!budget) throw notFound('Budget');
    return presentBudget(budget);
  }

  create(actor: AuthUser, input: CreateBudget) {
    return this.transactions.run(async (manager) => {
      checkAmount(input.amount);
      checkAmount(input.sponsorshipGoal, 'sponsorshipGoal');
      if (await manager.existsBy(BudgetEntity, { year: input.year, currency: input.currency })) {
        throw conflict(BudgetErrorCodes.DUPLICATE, `There is already a ${input.year} budget in ${input.currency}`, {
          year: 'already has a budget in this currency',
        });
      }
      const budget = await manager.save(
        BudgetEntity,
        manager.create(BudgetEntity, { ...input, sponsorshipGoal: input.sponsorshipGoal ?? null, note: input.note ?? null }),
      );
      await this.audit.record(manager, actor, {
        entity: 'budget',
        entityId: budget.id,
        action: 'create',
        changes: { amount: { from: null, to: budget.amount } },
      });
      return presentBudget(budget);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateBudget) {
    return this.transactions.run(async (manager) => {
      checkAmount(input.amount);
      checkAmount(input.sponsorshipGoal, 'sponsorshipGoal');
      const budget = await lockForUpdate(manager, BudgetEntity, id, 'Budget', input.version);
      const patch = {
        amount: input.amount,
        sponsorshipGoal: input.sponsorshipGoal === undefined ? budget.sponsorshipGoal : input.sponsorshipGoal,
        note: input.note ?? budget.note,
      };
      const changes = changedFields(budget, patch);
      const saved = await saveVersioned(manager, BudgetEntity, budget, patch);
      await this.audit.record(manager, actor, { entity: 'budget', entityId: id, action: 'update', changes });
      return presentBudget(saved);
    });
  }

  summary(id: number) {
    return this.ledger.summary(this.transactions.reader, id);
  }

  burnDown(id: number) {
    return this.ledger.burnDown(this.transactions.reader, id);
  }

  listEntries(query: Record<string, unknown>) {
    return findPage(
      this.transactions.reader.getRepository(LedgerEntryEntity).createQueryBuilder('entry'),
      query,
      ledgerListSpec,
      presentLedgerEntry,
    );
  }

  async findEntry(id: number) {
    const entry = await this.transactions.reader.getRepository(LedgerEntryEntity).findOneBy({ id: String(id) });
    if (!entry) throw notFound('Ledger entry');
    return presentLedgerEntry(entry);
  }

  recordEntry(actor: AuthUser, input: CreateLedgerEntry) {
    return this.transactions.run(async (manager) => presentLedgerEntry(await this.ledger.append(manager, actor, input)));
  }
}

// Bad amounts are a broken money rule (422), the same answer as every other amount in the API.
function checkAmount(amount: number | null | undefined, field: 'amount' | 'sponsorshipGoal' = 'amount') {
  if (amount === null || amount === undefined) return;
  checkMoney(amount, field, BudgetErrorCodes.BAD_AMOUNT);
}
