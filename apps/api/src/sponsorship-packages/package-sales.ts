import type { EntityManager } from 'typeorm';

export type PackageSales = { sold: number; held: number };
// Counts places taken per package. The sponsorships feature owns the rows it counts and registers
// the counter at start (SponsorshipPackagesService.countSalesWith), so this feature never reads them.
export type PackageSalesCounter = (manager: EntityManager, packageIds: number[]) => Promise<Map<number, PackageSales>>;
