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
