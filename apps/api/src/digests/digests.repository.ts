import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// The digests' own SQL (digest, digest_delivery).

@Injectable()
export class DigestsRepository {
  // One composer per week at a time (the weekly job on several replicas, two organizers).
  async lockWeek(manager: EntityManager, week: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('digest:' || $1))`, [week]);
  }

  // The year of the first digest ever composed, if any.
  async firstYear(manager: EntityManager): Promise<number | null> {
    const [first] = await manager.query(`SELECT min(substr(week, 1, 4)::int) AS year FROM digest`);
    return (first?.year as number | null | undefined) ?? null;
  }
}
