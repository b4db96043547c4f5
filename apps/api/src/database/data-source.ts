import { migrations } from '@summitdesk/migrations';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { QueryErrorLogger } from './query-logger.js';
import { SnakeNamingStrategy } from './naming.strategy.js';

// Where the data lives: a server, and optionally a schema inside it (tests give each file its own).
export type DatabaseTarget = { url: string; schema?: string };

export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities,
    migrations,
    // The schema changes only through migrations/, never from entity metadata.
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error', 'warn'],
    logger: new QueryErrorLogger(),
    extra: { max: 10, ...(target.schema ? { options: `-c search_path=${target.schema},public` } : {}) },
  };
}

// Migrations under an advisory lock, so that replicas starting together apply each one once.
const MIGRATION_LOCK = 74_2027;

export async function migrate(target: DatabaseTarget, direction: 'up' | 'down' | 'down-all' = 'up'): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(target));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (direction === 'up') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    }
    const reverted: string[] = [];
    do {
      const before = await appliedCount(dataSource);
      if (before === 0) break;
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted.push(`reverted (${before} were applied)`);
    } while (direction === 'down-all');
    return reverted;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

async function appliedCount(dataSource: DataSource): Promise<number> {
  const exists = await dataSource.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
  if (!exists[0].present) return 0;
  const rows = await dataSource.query('SELECT count(*)::int AS count FROM migrations');
  return rows[0].count;
}
