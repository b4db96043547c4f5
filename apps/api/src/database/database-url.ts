import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded.js';

// DATABASE_URL when set; otherwise the embedded PostgreSQL kept in DATA_DIR (a laptop, the demo).
export async function resolveDatabase(config: AppConfig): Promise<{ url: string; embedded: RunningPostgres | null }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres(config.DATA_DIR);
  return { url: embedded.url, embedded };
}
