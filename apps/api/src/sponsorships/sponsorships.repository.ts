import { SponsorshipPendingStatuses, SponsorshipPlaceHoldingStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { PackageSales } from '../sponsorship-packages/package-sales.js';

// Places taken per package: paid sponsorships, and pending ones whose checkout still holds its place
// (a bank transfer holds until it is recorded or cancelled). Status sets are bound from the contracts.
export async function countSales(manager: EntityManager, packageIds: number[]): Promise<Map<number, PackageSales>> {
  const sales = new Map<number, PackageSales>();
  if (packageIds.length === 0) return sales;
  const rows: Array<{ package_id: number; sold: string; held: string }> = await manager.query(
    `SELECT package_id,
            count(*) FILTER (WHERE status = ANY($2::text[])) AS sold,
            count(*) FILTER (WHERE status = ANY($3::text[]) AND (hold_expires_at IS NULL OR hold_expires_at > now())) AS held
     FROM sponsorship WHERE package_id = ANY($1::int[]) GROUP BY package_id`,
    [packageIds, SponsorshipPlaceHoldingStatuses, SponsorshipPendingStatuses],
  );
  for (const row of rows) sales.set(row.package_id, { sold: Number(row.sold), held: Number(row.held) });
  return sales;
}

export type SponsorshipFacts = {
  packageName: string | null;
  boothProposalId: number | null;
  eventName: string | null;
  eventStartDate: string | null;
  sponsorName: string | null;
  contactIds: number[];
  budget: { id: number; year: number; currency: string } | null;
};

// Everything a payment step needs to know around each sponsorship, in one statement: the names its
// mails and memos use (package, event, sponsor), the sponsor's contacts, and the budget of the
// event's year in the sponsorship's currency. A read across the features that own those tables, made
// here because a webhook pays for every statement of it (the features' own reads took five). In order.
export async function sponsorshipFacts(
  manager: EntityManager,
  rows: Array<{ packageId: number; eventId: number; sponsorId: number; currency: string; createdAt: Date }>,
): Promise<SponsorshipFacts[]> {
  const found: Array<Omit<SponsorshipFacts, 'budget'> & { budgetId: number | null; budgetYear: number; budgetCurrency: string }> =
    await manager.query(
      `SELECT p.name AS "packageName", p.booth_proposal_id AS "boothProposalId", e.name AS "eventName",
              to_char(e.start_date, 'YYYY-MM-DD') AS "eventStartDate", sp.name AS "sponsorName",
              ARRAY(SELECT c.user_id FROM sponsor_contact c WHERE c.sponsor_id = r."sponsorId" ORDER BY c.user_id) AS "contactIds",
              b.id AS "budgetId", b.year AS "budgetYear", b.currency AS "budgetCurrency"
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS ("packageId" int, "eventId" int, "sponsorId" int, currency text, year int))
              WITH ORDINALITY AS r("packageId", "eventId", "sponsorId", currency, year, n)
         LEFT JOIN sponsorship_package p ON p.id = r."packageId"
         LEFT JOIN event e ON e.id = r."eventId"
         LEFT JOIN sponsor sp ON sp.id = r."sponsorId"
         LEFT JOIN LATERAL (SELECT id, year, currency FROM budget
                             WHERE year = coalesce(extract(year FROM e.start_date)::int, r.year) AND currency = r.currency
                             ORDER BY id LIMIT 1) b ON true
        ORDER BY r.n`,
      [
        JSON.stringify(
          rows.map((row) => ({
            packageId: row.packageId,
            eventId: row.eventId,
            sponsorId: row.sponsorId,
            currency: row.currency,
            year: row.createdAt.getUTCFullYear(),
          })),
        ),
      ],
    );
  return found.map(({ budgetId, budgetYear, budgetCurrency, ...rest }) => ({
    ...rest,
    budget: budgetId === null ? null : { id: budgetId, year: budgetYear, currency: budgetCurrency },
  }));
}
