import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.factory.js';
import { loadConfig, type AppConfig } from './config/config.js';
import { migrate, type DatabaseTarget } from './database/data-source.js';
import type { RunningPostgres } from './database/embedded.js';
import { resolveDatabase } from './database/database-url.js';
import { DEMO_PASSWORD, demoUsers } from './database/seed/seed-users.js';
import { demoSeedRefusal } from './database/seed/seed-guard.js';
import { seedDemo } from './database/seed/seed.js';

async function main() {
  const config = loadConfig();
  const { target, embedded } = await resolveDatabase(config);
  try {
    await serve(config, target, embedded);
  } catch (error) {
    // A start that fails (port taken, bad migration) must not leave the embedded server running.
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

async function serve(config: AppConfig, target: DatabaseTarget, embedded: RunningPostgres | null) {
  await migrate(target);

  // Demo data only on the embedded database, only once, and never in production unless asked for;
  // a real server gets it from `npm run seed`.
  const seededMarker = join(config.DATA_DIR, 'demo-seeded');
  const refusal = demoSeedRefusal(config, process.argv.slice(2));
  if (embedded && !existsSync(seededMarker) && !refusal) {
    await seedDemo(target);
    writeFileSync(seededMarker, new Date().toISOString());
  }
  const demo = embedded && existsSync(seededMarker);

  const app = await createApp(config, target);
  app.enableShutdownHooks();
  await app.listen(config.PORT);
  const address = `http://localhost:${config.PORT}`;
  const lines = [`Summitdesk is running at ${address}${config.openApiDocs ? `  (API docs: ${address}/api/docs)` : ''}`];
  if (embedded) lines.push(`Database: embedded PostgreSQL in ${join(config.DATA_DIR, 'pg')}`);
  if (embedded && !demo && refusal) lines.push('No demo data: NODE_ENV=production (SEED_DEMO=yes loads it).');
  if (demo) {
    lines.push(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    lines.push(`  organizer: ${demoUsers[0].email}`);
    lines.push(`  member:    ${demoUsers[1].email}, ${demoUsers[2].email}`);
    lines.push(`  committee: ${demoUsers[6].email} (chair), ${demoUsers[7].email}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  const stop = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`Summitdesk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
