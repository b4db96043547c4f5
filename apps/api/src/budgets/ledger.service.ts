import { Injectable } from '@nestjs/common';
import {
  BudgetErrorCodes,
  LedgerErrorCodes,
  type BudgetSummary,
  type BurnDownPoint,
  type LedgerEntry,
  type LedgerKind,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit-log/audit.service.js';
import { notFound, unprocessable } from '../common/app-error.js';
import { checkAmount } from '../common/money.js';
import { BudgetEntity } from './budget.entity.js';
import { LedgerEntryEntity } from './ledger-entry.entity.js';
import { LedgerRepository } from './ledger.repository.js';

// What appending needs of the budget when the caller has read it already.
export type BudgetRef = Pick<BudgetEntity, 'id' | 'year' | 'currency'>;

export type NewLedgerEntry = {
  budgetId: number;
  kind: LedgerKind;
  amount: number;
  currency: string;
  boothProposalId?: number | null;
  shipmentId?: number | null;
  contestId?: number | null;
  sponsorshipId?: number | null;
  dedupeKey?: string | null;
  memo: string;
};

export type BoothFunding = { boothProposalId: number; currency: string | null; approved: number; sponsored: number; costToProgram: number };

// Sponsorship money: income once per sponsorship, and each refund as the step from one refunded total
// to the next. The dedupe key makes a second append of the same step fail on a unique index, so a
// redelivered webhook or a repair by reconciliation can never count the same money twice.
export type SponsorshipMoney = {
  budgetId: number;
  sponsorshipId: number;
  boothProposalId: number | null;
  amount: number;
  currency: string;
  memo: string;
  // The budget when the caller has just read it (budgetFor): not read again to check its currency.
  budget?: BudgetRef;
};

@Injectable()
export class LedgerService {
  constructor(
    private readonly audit: AuditService,
    private readonly repository: LedgerRepository,
  ) {}

  async budgetFor(manager: EntityManager, year: number, currency?: string, options: { lock?: boolean } = {}): Promise<BudgetEntity> {
    const query = manager.getRepository(BudgetEntity).createQueryBuilder('budget').where('budget.year = :year', { year });
    if (currency) query.andWhere('budget.currency = :currency', { currency });
    if (options.lock) query.setLock('pessimistic_write');
    const budgets = await query.orderBy('budget.id').getMany();
    if (budgets.length === 0) {
      throw unprocessable(
        BudgetErrorCodes.NOT_FOUND,
        `There is no ${year} budget${currency ? ` in ${currency}` : ''}; an organizer must create one first`,
        { budget: 'is missing' },
      );
    }
    return budgets[0];
  }

  async append(manager: EntityManager, actor: AuditActor | null, entry: NewLedgerEntry, known?: BudgetRef): Promise<LedgerEntryEntity> {
    const appended = await this.appendUnlessBooked(manager, actor, entry, known);
    // Without a dedupe key nothing is ever booked already.
    if (!appended) throw new Error(`Ledger entry ${entry.dedupeKey} is already in the books`);
    return appended;
  }

  // Appends the entry and its audit row, unless its dedupe key is already in the books (undefined then).
  private async appendUnlessBooked(
    manager: EntityManager,
    actor: AuditActor | null,
    entry: NewLedgerEntry,
    known?: BudgetRef,
  ): Promise<LedgerEntryEntity | undefined> {
    const budget = known?.id === entry.budgetId ? known : await manager.findOneBy(BudgetEntity, { id: entry.budgetId });
    if (!budget) throw notFound('Budget');
    const appended = this.checked(manager, actor, entry, budget);
    const inserted = await this.repository.insert(manager, appended);
    if (!inserted) return undefined;
    Object.assign(appended, inserted);
    await this.audit.record(manager, actor, appendedAudit(appended));
    return appended;
  }

  // The entry as it will be stored, once its currency and amount are checked against its budget.
  private checked(manager: EntityManager, actor: AuditActor | null, entry: NewLedgerEntry, budget: BudgetRef): LedgerEntryEntity {
    if (budget.currency !== entry.currency) {
      throw unprocessable(
        LedgerErrorCodes.CURRENCY_MISMATCH,
        `The ${budget.year} budget is kept in ${budget.currency}; record the amount in ${budget.currency}`,
        { currency: `must be ${budget.currency}` },
      );
    }
    checkAmount(entry.amount, 'amount', LedgerErrorCodes.BAD_AMOUNT, { positive: true, label: 'A ledger amount' });
    return manager.create(LedgerEntryEntity, {
      budgetId: entry.budgetId,
      kind: entry.kind,
      amount: entry.amount,
      currency: entry.currency,
      boothProposalId: entry.boothProposalId ?? null,
      shipmentId: entry.shipmentId ?? null,
      contestId: entry.contestId ?? null,
      sponsorshipId: entry.sponsorshipId ?? null,
      dedupeKey: entry.dedupeKey ?? null,
      memo: entry.memo,
      actorId: actor?.id ?? null,
    });
  }

  // recordSponsorship for many sponsorships (a group of Stripe events) in one statement, plus one for
  // the audit rows; whether each one appended, in order. Each must name its budget (`money.budget`).
  async recordSponsorships(manager: EntityManager, actor: AuditActor | null, moneys: SponsorshipMoney[]): Promise<boolean[]> {
    const entries = moneys.map((money) => {
      if (!money.budget || money.budget.id !== money.budgetId) throw new Error(`Sponsorship ${money.sponsorshipId}: budget not read`);
      return this.checked(manager, actor, { ...money, kind: 'sponsorship', dedupeKey: incomeKey(money) }, money.budget);
    });
    const inserted = await this.repository.insertManyOnce(manager, entries);
    const appended = entries.filter((entry) => inserted.has(entry.dedupeKey!));
    for (const entry of appended) Object.assign(entry, inserted.get(entry.dedupeKey!));
    await this.audit.recordMany(manager, actor, appended.map(appendedAudit));
    return entries.map((entry) => inserted.has(entry.dedupeKey!));
  }

  // Appends the sponsorship's income unless it is already in the books; true when it appended.
  async recordSponsorship(manager: EntityManager, actor: AuditActor | null, money: SponsorshipMoney): Promise<boolean> {
    return this.appendOnce(manager, actor, 'sponsorship', incomeKey(money), money);
  }

  // Appends the refund that brings the sponsorship's refunded total to `refundedTotal` (the step
  // `money.amount`), unless that step is already in the books.
  async recordSponsorshipRefund(
    manager: EntityManager,
    actor: AuditActor | null,
    money: SponsorshipMoney,
    refundedTotal: number,
  ): Promise<boolean> {
    return this.appendOnce(manager, actor, 'refund', `sponsorship:${money.sponsorshipId}:refunded-to:${refundedTotal}`, money);
  }

  // What the books say about one sponsorship, for reconciliation.
  async sponsorshipTotals(manager: EntityManager, sponsorshipId: number): Promise<{ income: number; refunded: number }> {
    return this.repository.sponsorshipTotals(manager, sponsorshipId);
  }

  // The booths' cost to the program: approved − sponsored, never below zero.
  async boothFunding(manager: EntityManager, boothProposalIds: number[]): Promise<BoothFunding[]> {
    if (boothProposalIds.length === 0) return [];
    const rows = await this.repository.boothFunding(manager, boothProposalIds);
    return rows.map((row) => {
      const approved = Number(row.approved);
      const sponsored = Number(row.sponsored);
      const costToProgram = Math.max(0, approved - sponsored);
      return { boothProposalId: row.boothProposalId, currency: row.currency, approved, sponsored, costToProgram };
    });
  }

  private async appendOnce(
    manager: EntityManager,
    actor: AuditActor | null,
    kind: 'sponsorship' | 'refund',
    dedupeKey: string,
    money: SponsorshipMoney,
  ): Promise<boolean> {
    return (await this.appendUnlessBooked(manager, actor, { ...money, kind, dedupeKey }, money.budget)) !== undefined;
  }

  // What was allocated to a booth and not yet paid or released: what withdrawing or cancelling it gives back.
  async unpaidAllocation(manager: EntityManager, boothProposalId: number): Promise<number> {
    return this.repository.unpaidAllocation(manager, boothProposalId);
  }

  async summary(manager: EntityManager, budgetId: number): Promise<BudgetSummary> {
    const budget = await manager.findOneBy(BudgetEntity, { id: budgetId });
    if (!budget) throw notFound('Budget');
    const row = await this.repository.totals(manager, budgetId);
    const allocated = Number(row.allocated);
    const income = Number(row.income);
    const spent = Number(row.spent);
    const sponsoredBooths = await this.boothFunding(manager, await this.repository.sponsoredBoothIds(manager, budgetId));
    return {
      budgetId,
      currency: budget.currency,
      amount: budget.amount,
      allocated,
      paid: Number(row.paid),
      income,
      spent,
      remaining: budget.amount + income - allocated - spent,
      sponsorshipIncome: Number(row.sponsorship_income),
      sponsorshipGoal: budget.sponsorshipGoal,
      sponsoredBooths: sponsoredBooths.map(({ currency: _currency, ...booth }) => booth),
    };
  }

  // Cumulative totals at the end of each day that had an entry, for the burn-down chart.
  async burnDown(manager: EntityManager, budgetId: number): Promise<BurnDownPoint[]> {
    const budget = await manager.findOneBy(BudgetEntity, { id: budgetId });
    if (!budget) throw notFound('Budget');
    const rows = await this.repository.dailyTotals(manager, budgetId);
    const start: BurnDownPoint = { date: `${budget.year}-01-01`, allocated: 0, paid: 0, income: 0, remaining: budget.amount };
    const points = rows.map((row) => ({
      date: row.day,
      allocated: Number(row.allocated),
      paid: Number(row.paid),
      income: Number(row.income),
      remaining: budget.amount + Number(row.net),
    }));
    return points.length && points[0].date <= start.date ? points : [start, ...points];
  }
}

const incomeKey = (money: SponsorshipMoney) => `sponsorship:${money.sponsorshipId}:income`;

const appendedAudit = (entry: LedgerEntryEntity) =>
  ({
    entity: 'ledger_entry',
    entityId: entry.id,
    action: entry.kind,
    changes: { amount: { from: null, to: entry.amount }, currency: { from: null, to: entry.currency } },
    note: entry.memo,
  }) as const;

export function presentLedgerEntry(entry: LedgerEntryEntity): LedgerEntry {
  const { dedupeKey: _dedupeKey, ...shown } = entry;
  return { ...shown, id: Number(entry.id), createdAt: entry.createdAt.toISOString() };
}
