import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CfpEntity } from './cfp.entity.js';

// The cfps feature's own data access: its transactions and reads of the cfp table.
@Injectable()
export class CfpsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  listQuery() {
    return this.dataSource.getRepository(CfpEntity).createQueryBuilder('cfp');
  }

  find(id: number): Promise<CfpEntity | null> {
    return this.dataSource.getRepository(CfpEntity).findOneBy({ id });
  }

  findForEvent(eventId: number): Promise<CfpEntity | null> {
    return this.dataSource.getRepository(CfpEntity).findOneBy({ eventId });
  }
}
