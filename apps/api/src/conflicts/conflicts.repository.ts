import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

// The conflicts feature's own data access: its transactions and the committee facts a
// declaration is checked against.
@Injectable()
export class ConflictsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // Whether the chair sits on a committee with the reviewer as one of its chairs.
  async chairsMember(manager: EntityManager, chairId: number, reviewerId: number): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM committee_seat mine JOIN committee_seat theirs ON theirs.committee_id = mine.committee_id
        WHERE mine.user_id = $1 AND mine.role = 'chair' AND theirs.user_id = $2`,
      [chairId, reviewerId],
    );
    return rows.length > 0;
  }

  // The other chairs of the reviewer's committees whose call for papers has opened.
  chairsUnderWay(manager: EntityManager, reviewerId: number): Promise<Array<{ id: number; event_name: string }>> {
    return manager.query(
      `SELECT DISTINCT chair.user_id AS id, e.name AS event_name
         FROM committee_seat mine
         JOIN committee c ON c.id = mine.committee_id
         JOIN cfp ON cfp.event_id = c.event_id AND cfp.opens_at <= now()
         JOIN event e ON e.id = c.event_id
         JOIN committee_seat chair ON chair.committee_id = c.id AND chair.role = 'chair' AND chair.user_id <> mine.user_id
        WHERE mine.user_id = $1`,
      [reviewerId],
    );
  }
}
