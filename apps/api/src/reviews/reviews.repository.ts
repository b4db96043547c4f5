import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

// The reviews feature's own data access: its transactions, and the manager its reads and the
// ranking's aggregate queries run on.
@Injectable()
export class ReviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
