import { migrate } from '../database/data-source.js';
import { seedScale } from '../database/seed/seed-scale.js';
import { fail, withDatabase } from './with-database.js';

// `npm run seed:scale -- --factor N [--seed S]`: data at scale for benchmarks (bench/README.md).
function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value <= 0 || value > 100) fail(`--${name} must be a number between 0 and 100`);
  return value;
}

const factor = option('factor', 1);
const seed = option('seed', 42);
const tty = process.stdout.isTTY;
const started = performance.now();
let last = '';

function progress(done: number, total: number, label: string) {
  const share = total ? done / total : 1;
  const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.');
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const line = `[${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${seconds.padStart(4)} s  ${label}`;
  if (tty) process.stdout.write(`\r${line.padEnd(last.length)}`);
  else process.stdout.write(`${line}\n`);
  last = line;
}

withDatabase(async (target) => {
  await migrate(target);
  const { counts, seeded } = await seedScale(target, { factor, seed, progress });
  if (tty) process.stdout.write('\n');
  if (!seeded) {
    process.stdout.write('Scale data is already in this database; nothing was added.\n');
    return;
  }
  const summary = Object.entries(counts)
    .map(([name, count]) => `${name} ${count.toLocaleString('en')}`)
    .join(', ');
  process.stdout.write(`Seeded factor ${factor} (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}\n`);
}).catch(fail);
