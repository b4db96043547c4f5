import { loadConfig } from '../config/config.js';
import type { DatabaseTarget } from '../database/data-source.js';
import { resolveDatabase } from '../database/database-url.js';

// Runs a command against DATABASE_URL, or against the embedded database when it is unset.
export async function withDatabase(work: (target: DatabaseTarget) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const { target, embedded } = await resolveDatabase(config);
  try {
    await work(target);
  } finally {
    await embedded?.stop();
  }
}

export function fail(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
