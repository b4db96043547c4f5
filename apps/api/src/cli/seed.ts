import { migrate } from '../database/data-source.js';
import { seedDemo } from '../database/seed/seed.js';
import { fail, withDatabase } from './with-database.js';

withDatabase(async (target) => {
  await migrate(target);
  await seedDemo(target, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write('Demo data is in place (existing records were left alone).\n');
}).catch(fail);
