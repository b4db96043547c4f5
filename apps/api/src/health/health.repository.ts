import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

// What the health check asks the database: does it answer, and is any migration still pending.
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async migrationsPending(): Promise<boolean> {
    await this.dataSource.query('SELECT 1');
    return this.dataSource.showMigrations();
  }
}
