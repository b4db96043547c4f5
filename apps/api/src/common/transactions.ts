import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

// The one door services use to the database connection: a unit of work gets a transaction's
// EntityManager, a plain read gets `reader`. Services never hold the DataSource itself, and raw SQL
// lives in each feature's own `<feature>.repository.ts`.
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get reader(): EntityManager {
    return this.dataSource.manager;
  }
}
