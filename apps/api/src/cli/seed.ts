import { loadConfig } from '../config/config.js';
import { migrate } from '../database/data-source.js';
import { demoSeedRefusal } from '../database/seed/seed-guard.js';
import { seedDemo } from '../database/seed/seed.js';
import { fail, withDatabase } from './with-database.js';

// Checked before any database is touched: a refused seed changes nothing.
const refusal = demoSeedRefusal(loadConfig(), process.argv.slice(2));
if (refusal) fail(refusal);

withDatabase(async (target) => {
  await migrate(target);
  await seedDemo(target, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write('Demo data is in place (existing records were left alone).\n');
}).catch(fail);
