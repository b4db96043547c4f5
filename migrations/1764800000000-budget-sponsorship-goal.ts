import type { MigrationInterface, QueryRunner } from 'typeorm';

// What the organizer hopes sponsors bring in over the year: the dashboard shows income against it.
export class BudgetSponsorshipGoal1764800000000 implements MigrationInterface {
  name = 'BudgetSponsorshipGoal1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE budget ADD COLUMN sponsorship_goal bigint
        CONSTRAINT ck_budget_sponsorship_goal CHECK (sponsorship_goal IS NULL OR sponsorship_goal >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE budget DROP COLUMN sponsorship_goal`);
  }
}
