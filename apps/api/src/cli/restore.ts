import { resolve } from 'node:path';
import { loadConfig } from '../config/config.js';
import { explainStartFailure } from '../config/start-failure.js';
import { restore } from '../database/backup.js';

// npm run restore -- FILE: puts back the database and the uploads of a file made by npm run backup.
async function run() {
  const given = process.argv[2];
  if (!given) throw new Error('usage: npm run restore -- FILE (a .tar.gz made by npm run backup)');
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const notes = await restore(config, resolve(given));
  process.stdout.write(`Restored ${resolve(given)}\n${notes.map((note) => `  ${note}`).join('\n')}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`The restore failed: ${explainStartFailure(error, { databaseUrl: process.env.DATABASE_URL })}.\n`);
  process.exit(1);
});
