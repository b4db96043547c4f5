import type { Logger as TypeOrmLogger } from 'typeorm';

// Failed queries are logged without their parameters: those carry password hashes, token hashes
// and members' personal data. The statement and PostgreSQL's error are enough to debug.
export class QueryErrorLogger implements TypeOrmLogger {
  logQuery() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') process.stderr.write(`typeorm: ${String(message)}\n`);
  }
  logQueryError(error: string | Error, query: string) {
    const reason = typeof error === 'string' ? error : error.message;
    process.stderr.write(`query failed: ${query.slice(0, 500)} -- ${reason}\n`);
  }
}
