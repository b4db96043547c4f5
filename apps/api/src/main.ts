import { existsSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from './config/config.js';
import { explainStartFailure } from './config/start-failure.js';
import type { DatabaseTarget } from './database/data-source.js';
import { handleSignalsOurselves, type RunningPostgres } from './database/embedded.js';
import { resolveDatabase } from './database/database-url.js';
import { demoSeedRefusal } from './database/seed/seed-guard.js';

// The app's modules (Nest, TypeORM, the SDKs) take seconds to load: they load while the embedded
// PostgreSQL starts, not before it.
const loadModules = () =>
  Promise.all([
    import('./app.factory.js'),
    import('./database/data-source.js'),
    import('./database/seed/seed.js'),
    import('./database/seed/seed-users.js'),
  ]).then(([factory, dataSource, seed, users]) => ({
    createApp: factory.createApp,
    migrate: dataSource.migrate,
    seedDemo: seed.seedDemo,
    DEMO_PASSWORD: users.DEMO_PASSWORD,
    demoUsers: users.demoUsers,
  }));
type Modules = Awaited<ReturnType<typeof loadModules>>;

// What the start knows so far, for the one sentence a failure ends with.
const context: { port?: number; databaseUrl?: string } = {};

// Every start failure, and anything thrown where nobody waits for it, ends in one line and exit 1.
function giveUp(error: unknown): never {
  process.stderr.write(`Summitdesk could not start: ${explainStartFailure(error, context)}.\n`);
  process.exit(1);
}

let started = false;
process.on('uncaughtException', (error) => (started ? crash(error) : giveUp(error)));
process.on('unhandledRejection', (error) => (started ? crash(error) : giveUp(error)));
function crash(error: unknown): never {
  process.stderr.write(`Summitdesk stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

// The port is checked before the database starts: a taken port fails in a second, not after migrations.
function checkPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function main() {
  // Signals are ours from the first moment: stopping happens in order (HTTP, queue, database).
  handleSignalsOurselves();
  let stopRequested = false;
  const earlyStop = () => (stopRequested = true);
  process.once('SIGINT', earlyStop);
  process.once('SIGTERM', earlyStop);

  const config = loadConfig();
  context.port = config.PORT;
  context.databaseUrl = config.DATABASE_URL;
  await checkPortFree(config.PORT);
  const loading = loadModules();
  loading.catch(() => undefined); // awaited below; a failure is reported there
  const { target, embedded } = await resolveDatabase(config);
  try {
    await serve(await loading, config, target, embedded, () => stopRequested, earlyStop);
  } catch (error) {
    // A start that fails (port taken, bad migration) must not leave the embedded server running.
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

async function serve(
  { createApp, migrate, seedDemo, DEMO_PASSWORD, demoUsers }: Modules,
  config: AppConfig,
  target: DatabaseTarget,
  embedded: RunningPostgres | null,
  stopRequested: () => boolean,
  earlyStop: () => void,
) {
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
  await app.listen(config.PORT);
  started = true;
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

  // A graceful stop: refuse new connections, let the requests in flight finish (idle keep-alive
  // connections are closed as they become idle), stop the queue workers after their current job,
  // close the database pools, and only then stop the embedded PostgreSQL.
  const server = app.getHttpServer() as Server;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Stopping (${signal}): finishing the requests in flight…\n`);
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    // Requests that are still running after the grace period are cut off.
    const deadline = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_SECONDS * 1000);
    void (async () => {
      await app.close();
      clearInterval(idle);
      clearTimeout(deadline);
      await embedded?.stop();
      process.stdout.write('Stopped.\n');
      process.exit(0);
    })().catch((error: unknown) => {
      process.stderr.write(`Summitdesk did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
  };
  process.off('SIGINT', earlyStop);
  process.off('SIGTERM', earlyStop);
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (stopRequested()) stop('SIGTERM');
}

main().catch(giveUp);
