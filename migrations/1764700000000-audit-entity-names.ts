import type { MigrationInterface, QueryRunner } from 'typeorm';

// Audit entries name their record type as its table does (`booth_proposal`), as the CfP and contest
// areas already did; the booth, banner, ledger and catalogue rows written with hyphens follow.
const RENAMED: Array<[hyphenated: string, underscored: string]> = [
  ['booth-proposal', 'booth_proposal'],
  ['booth-shift', 'booth_shift'],
  ['banner-order', 'banner_order'],
  ['ledger-entry', 'ledger_entry'],
  ['inventory-item', 'inventory_item'],
];

export class AuditEntityNames1764700000000 implements MigrationInterface {
  name = 'AuditEntityNames1764700000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [from, to] of RENAMED) await db.query(`UPDATE audit_log SET entity = $2 WHERE entity = $1`, [from, to]);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [from, to] of RENAMED) await db.query(`UPDATE audit_log SET entity = $1 WHERE entity = $2`, [from, to]);
  }
}
