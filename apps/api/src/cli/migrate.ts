import { migrate } from '../database/data-source.js';
import { fail, withDatabase } from './with-database.js';

const direction = process.argv[2] === 'down' ? 'down' : 'up';

withDatabase(async (target) => {
  const done = await migrate(target, direction);
  if (direction === 'up')
    process.stdout.write(done.length ? `Applied: ${done.join(', ')}\n` : 'Nothing to apply; the schema is up to date.\n');
  else process.stdout.write(done.length ? 'Reverted the last migration.\n' : 'Nothing to revert.\n');
}).catch(fail);
