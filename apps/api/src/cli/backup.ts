import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config/config.js';
import { explainStartFailure } from '../config/start-failure.js';
import { backup } from '../database/backup.js';

// npm run backup [-- FILE]: the database (DATABASE_URL or the embedded one) and the uploads, in one .tar.gz.
async function run() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const stamp = new Date().toISOString().replace(/[:T]/g, '-').replace(/\..*$/, '');
  const file = resolve(process.argv[2] ?? join(config.DATA_DIR, 'backups', `summitdesk-${stamp}.tar.gz`));
  mkdirSync(dirname(file), { recursive: true });
  const notes = await backup(config, file);
  process.stdout.write(`Backed up to ${file}\n${notes.map((note) => `  ${note}`).join('\n')}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`The backup failed: ${explainStartFailure(error, { databaseUrl: process.env.DATABASE_URL })}.\n`);
  process.exit(1);
});
