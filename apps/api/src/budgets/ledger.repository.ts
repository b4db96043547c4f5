import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LedgerEntryEntity } from './ledger-entry.entity.js';

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

// The ledger's own SQL (ledger_entry): every balance is computed here from the append-only rows.
@Injectable()
export class LedgerRepository {
  async totals(manager: EntityManager, budgetId: number) {
    const [row]: Array<{ allocated: string; paid: string; income: string; sponsorship_income: string; spent: string }> =
      await manager.query(SUMMARY_SQL, [budgetId]);
    return row;
  }

  boothFunding(
    manager: EntityManager,
    boothProposalIds: number[],
  ): Promise<Array<{ boothProposalId: number; currency: string; approved: string; sponsored: string }>> {
    return manager.query(BOOTH_FUNDING_SQL, [boothProposalIds]);
  }

  async sponsoredBoothIds(manager: EntityManager, budgetId: number): Promise<number[]> {
    const rows: Array<{ id: number }> = await manager.query(
      `SELECT DISTINCT booth_proposal_id AS id FROM ledger_entry
       WHERE budget_id = $1 AND kind = 'sponsorship' AND booth_proposal_id IS NOT NULL`,
      [budgetId],
    );
    return rows.map((row) => row.id);
  }

  async sponsorshipTotals(manager: EntityManager, sponsorshipId: number): Promise<{ income: number; refunded: number }> {
    const [row] = await manager.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE kind = 'sponsorship'), 0)::bigint AS income,
              coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0)::bigint AS refunded
       FROM ledger_entry WHERE sponsorship_id = $1`,
      [sponsorshipId],
    );
    return { income: Number(row.income), refunded: Number(row.refunded) };
  }

  // Appends one entry; with a dedupe key already in the books, appends nothing and answers undefined
  // (the unique index decides, so two transactions booking the same step cannot both append it).
  async insert(manager: EntityManager, entry: LedgerEntryEntity): Promise<{ id: string; createdAt: Date } | undefined> {
    const [row]: Array<{ id: string; created_at: Date }> = await manager.query(
      `INSERT INTO ledger_entry (budget_id, kind, amount, currency, booth_proposal_id, shipment_id, contest_id, sponsorship_id,
                                 dedupe_key, memo, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id, created_at`,
      [
        entry.budgetId,
        entry.kind,
        entry.amount,
        entry.currency,
        entry.boothProposalId,
        entry.shipmentId,
        entry.contestId,
        entry.sponsorshipId,
        entry.dedupeKey ?? null,
        entry.memo,
        entry.actorId,
      ],
    );
    return row && { id: String(row.id), createdAt: row.created_at };
  }

  // Many entries, each with its dedupe key, in one statement and in the order given; those whose key
  // is already in the books are skipped. The inserted ones, by dedupe key.
  async insertManyOnce(manager: EntityManager, entries: LedgerEntryEntity[]): Promise<Map<string, { id: string; createdAt: Date }>> {
    const rows: Array<{ id: string; created_at: Date; dedupe_key: string }> = await manager.query(
      `INSERT INTO ledger_entry (budget_id, kind, amount, currency, booth_proposal_id, shipment_id, contest_id, sponsorship_id,
                                 dedupe_key, memo, actor_id)
       SELECT "budgetId", kind, amount, currency, "boothProposalId", "shipmentId", "contestId", "sponsorshipId", "dedupeKey", memo,
              "actorId"
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS ("budgetId" int, kind text, amount bigint, currency text, "boothProposalId" int,
              "shipmentId" int, "contestId" int, "sponsorshipId" int, "dedupeKey" text, memo text, "actorId" int))
              WITH ORDINALITY AS x("budgetId", kind, amount, currency, "boothProposalId", "shipmentId", "contestId", "sponsorshipId",
              "dedupeKey", memo, "actorId", n)
        ORDER BY n
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id, created_at, dedupe_key`,
      [JSON.stringify(entries)],
    );
    return new Map(rows.map((row) => [row.dedupe_key, { id: String(row.id), createdAt: row.created_at }]));
  }

  async unpaidAllocation(manager: EntityManager, boothProposalId: number): Promise<number> {
    const [totals] = await manager.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE kind = 'allocation'), 0)::bigint
            - coalesce(sum(amount) FILTER (WHERE kind IN ('payment', 'refund')), 0)::bigint AS unpaid
       FROM ledger_entry WHERE booth_proposal_id = $1`,
      [boothProposalId],
    );
    return Number(totals.unpaid);
  }

  dailyTotals(
    manager: EntityManager,
    budgetId: number,
  ): Promise<Array<{ day: string; allocated: string; paid: string; income: string; net: string }>> {
    return manager.query(
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
  }
}
