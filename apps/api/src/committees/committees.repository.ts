import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { CommitteeSeatEntity } from './committee-seat.entity.js';
import { CommitteeEntity } from './committee.entity.js';

export type PublicMember = { name: string; affiliation: string | null; country: string | null; role: string };

// The committees feature's own data access: its transactions and reads of committee and
// committee_seat.
@Injectable()
export class CommitteesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  committeeQuery() {
    return this.dataSource.getRepository(CommitteeEntity).createQueryBuilder('committee');
  }

  seatQuery() {
    return this.dataSource
      .getRepository(CommitteeSeatEntity)
      .createQueryBuilder('seat')
      .innerJoin(UserEntity, 'member', 'member.id = seat.user_id');
  }

  // The committee as the summit page announces it: chairs first, then by name.
  publicMembers(committeeId: number): Promise<PublicMember[]> {
    return this.dataSource.query(
      `SELECT u.name, seat.affiliation, u.country, seat.role
         FROM committee_seat seat JOIN app_user u ON u.id = seat.user_id
        WHERE seat.committee_id = $1
        ORDER BY seat.role = 'chair' DESC, u.name`,
      [committeeId],
    );
  }
}
