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

// Balances, derived from the ledger alone (never stored twice). Payments against a booth settle its
// allocation, so only payments without one (a contest prize) draw on the budget a second time.
// A refund tied to a booth releases its unpaid allocation (the booth was withdrawn or cancelled);
// a refund of a sponsorship is income going back out; any other refund is money coming back in.
const SUMMARY_SQL = `
  SELECT
    coalesce(sum(amount) FILTER (WHERE kind = 'allocation'), 0)::bigint
      - coalesce(sum(amount) FILTER (
          WHERE kind = 'refund' AND booth_proposal_id IS NOT NULL AND sponsorship_id IS NULL), 0)::bigint AS allocated,
    coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)::bigint AS paid,
    coalesce(sum(amount) FILTER (WHERE kind = 'sponsorship'), 0)::bigint
      - coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND sponsorship_id IS NOT NULL), 0)::bigint
      + coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND booth_proposal_id IS NULL AND sponsorship_id IS NULL), 0)::bigint AS income,
    coalesce(sum(amount) FILTER (WHERE kind = 'sponsorship'), 0)::bigint
      - coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND sponsorship_id IS NOT NULL), 0)::bigint AS sponsorship_income,
    coalesce(sum(amount) FILTER (WHERE kind = 'expense'), 0)::bigint
      + coalesce(sum(amount) FILTER (WHERE kind = 'payment' AND booth_proposal_id IS NULL), 0)::bigint AS spent
  FROM ledger_entry WHERE budget_id = $1`;

// Per booth: what the program approved for it and what sponsors paid towards it (net of refunds).
const BOOTH_FUNDING_SQL = `
  SELECT booth_proposal_id AS "boothProposalId", min(currency) AS currency,
    (coalesce(sum(amount) FILTER (WHERE kind = 'allocation'), 0)
      - coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND sponsorship_id IS NULL), 0))::bigint AS approved,
    (coalesce(sum(amount) FILTER (WHERE kind = 'sponsorship'), 0)
      - coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND sponsorship_id IS NOT NULL), 0))::bigint AS sponsored
  FROM ledger_entry
  WHERE booth_proposal_id = ANY($1::int[])
  GROUP BY booth_proposal_id`;

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
};

@Injectable()
export class LedgerService {
  constructor(private readonly audit: AuditService) {}

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

  async append(manager: EntityManager, actor: AuditActor | null, entry: NewLedgerEntry): Promise<LedgerEntryEntity> {
    const budget = await manager.findOneBy(BudgetEntity, { id: entry.budgetId });
    if (!budget) throw notFound('Budget');
    if (budget.currency !== entry.currency) {
      throw unprocessable(
        LedgerErrorCodes.CURRENCY_MISMATCH,
        `The ${budget.year} budget is kept in ${budget.currency}; record the amount in ${budget.currency}`,
        { currency: `must be ${budget.currency}` },
      );
    }
    checkAmount(entry.amount, 'amount', LedgerErrorCodes.BAD_AMOUNT, { positive: true, label: 'A ledger amount' });
    const saved = await manager.save(
      LedgerEntryEntity,
      manager.create(LedgerEntryEntity, {
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
      }),
    );
    await this.audit.record(manager, actor, {
      entity: 'ledger_entry',
      entityId: saved.id,
      action: entry.kind,
      changes: { amount: { from: null, to: entry.amount }, currency: { from: null, to: entry.currency } },
      note: entry.memo,
    });
    return saved;
  }

  // Appends the sponsorship's income unless it is already in the books; true when it appended.
  async recordSponsorship(manager: EntityManager, actor: AuditActor | null, money: SponsorshipMoney): Promise<boolean> {
    return this.appendOnce(manager, actor, 'sponsorship', `sponsorship:${money.sponsorshipId}:income`, money);
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
    const [row] = await manager.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE kind = 'sponsorship'), 0)::bigint AS income,
              coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0)::bigint AS refunded
       FROM ledger_entry WHERE sponsorship_id = $1`,
      [sponsorshipId],
    );
    return { income: Number(row.income), refunded: Number(row.refunded) };
  }

  // The booths' cost to the program: approved − sponsored, never below zero.
  async boothFunding(manager: EntityManager, boothProposalIds: number[]): Promise<BoothFunding[]> {
    if (boothProposalIds.length === 0) return [];
    type Row = { boothProposalId: number; currency: string; approved: string; sponsored: string };
    const rows: Row[] = await manager.query(BOOTH_FUNDING_SQL, [boothProposalIds]);
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
    const exists = await manager.query(`SELECT 1 FROM ledger_entry WHERE dedupe_key = $1`, [dedupeKey]);
    if (exists.length > 0) return false;
    await this.append(manager, actor, { ...money, kind, dedupeKey });
    return true;
  }

  // What was allocated to a booth and not yet paid or released: what withdrawing or cancelling it gives back.
  async unpaidAllocation(manager: EntityManager, boothProposalId: number): Promise<number> {
    const [totals] = await manager.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE kind = 'allocation'), 0)::bigint
            - coalesce(sum(amount) FILTER (WHERE kind IN ('payment', 'refund')), 0)::bigint AS unpaid
       FROM ledger_entry WHERE booth_proposal_id = $1`,
      [boothProposalId],
    );
    return Number(totals.unpaid);
  }

  async summary(manager: EntityManager, budgetId: number): Promise<BudgetSummary> {
    const budget = await manager.findOneBy(BudgetEntity, { id: budgetId });
    if (!budget) throw notFound('Budget');
    const [row] = await manager.query(SUMMARY_SQL, [budgetId]);
    const allocated = Number(row.allocated);
    const income = Number(row.income);
    const spent = Number(row.spent);
    const boothIds: Array<{ id: number }> = await manager.query(
      `SELECT DISTINCT booth_proposal_id AS id FROM ledger_entry
       WHERE budget_id = $1 AND kind = 'sponsorship' AND booth_proposal_id IS NOT NULL`,
      [budgetId],
    );
    const sponsoredBooths = await this.boothFunding(
      manager,
      boothIds.map((booth) => booth.id),
    );
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
    const rows: Array<{ day: string; allocated: string; paid: string; income: string; net: string }> = await manager.query(
      `WITH daily AS (
         SELECT (created_at AT TIME ZONE 'UTC')::date AS day,
           coalesce(sum(amount) FILTER (WHERE kind = 'allocation'), 0)
             - coalesce(sum(amount) FILTER (
                 WHERE kind = 'refund' AND booth_proposal_id IS NOT NULL AND sponsorship_id IS NULL), 0) AS allocated,
           sum(amount) FILTER (WHERE kind = 'payment') AS paid,
           coalesce(sum(amount) FILTER (WHERE kind = 'sponsorship'), 0)
             - coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND sponsorship_id IS NOT NULL), 0) AS income,
           sum(CASE WHEN kind = 'refund' AND sponsorship_id IS NOT NULL THEN -amount
                    WHEN kind IN ('sponsorship', 'refund') THEN amount
                    WHEN kind IN ('allocation', 'expense') THEN -amount
                    WHEN kind = 'payment' AND booth_proposal_id IS NULL THEN -amount
                    ELSE 0 END) AS net
         FROM ledger_entry WHERE budget_id = $1 GROUP BY 1)
       SELECT to_char(day, 'YYYY-MM-DD') AS day,
         sum(coalesce(allocated, 0)) OVER w AS allocated,
         sum(coalesce(paid, 0)) OVER w AS paid,
         sum(income) OVER w AS income,
         sum(net) OVER w AS net
       FROM daily WINDOW w AS (ORDER BY day) ORDER BY day`,
      [budgetId],
    );
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

export function presentLedgerEntry(entry: LedgerEntryEntity): LedgerEntry {
  const { dedupeKey: _dedupeKey, ...shown } = entry;
  return { ...shown, id: Number(entry.id), createdAt: entry.createdAt.toISOString() };
}
