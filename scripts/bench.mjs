// `npm run bench`: every scripts/bench-*.mjs in turn. Benchmarks print figures; they never fail a build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((name) => /^bench-.*\.mjs$/.test(name))
  .sort()) {
  if (only && !file.includes(only)) continue;
  process.stdout.write(`\n== ${file}\n`);
  const result = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
