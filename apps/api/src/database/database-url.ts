import type { AppConfig } from '../config/config.js';
import type { DatabaseTarget } from './data-source.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded.js';

// DATABASE_URL when set; otherwise the embedded PostgreSQL kept in DATA_DIR (a laptop, the demo).
export async function resolveDatabase(config: AppConfig): Promise<{ target: DatabaseTarget; embedded: RunningPostgres | null }> {
  if (config.DATABASE_URL) return { target: { url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA }, embedded: null };
  const embedded = await startEmbeddedPostgres(config.DATA_DIR);
  return { target: { url: embedded.url }, embedded };
}
