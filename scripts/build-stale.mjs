// Builds only what is stale, for `npm start`: the server through TypeScript's incremental build
// (`tsc -b` skips projects whose outputs are newer than their sources), and the admin only when a
// hash of its inputs differs from the one written beside the last build.
// `npm run build` still builds everything from scratch.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// 1. Contracts, migrations and the API (tsc -b follows their project references and is incremental).
// Even an up-to-date tsc -b takes a second or two to load TypeScript, so it runs only when a source
// or config file is newer than the API's last build record.
function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(full)
      .filter((entry) => entry !== 'node_modules' && entry !== 'dist')
      .map((entry) => newest(join(path, entry))),
  );
}
const serverInputs = ['libs/contracts', 'migrations', 'apps/api/src', 'apps/api/package.json', 'apps/api/tsconfig.build.json'];
const buildRecord = join(root, 'apps/api/tsconfig.build.tsbuildinfo');
const serverBuilt = existsSync(buildRecord) && existsSync(join(root, 'apps/api/dist/main.js')) ? statSync(buildRecord).mtimeMs : 0;
if (Math.max(...[...serverInputs, 'tsconfig.base.json', 'package-lock.json'].map(newest)) > serverBuilt) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  run(process.execPath, [
    tsc,
    '-b',
    'libs/contracts/tsconfig.build.json',
    'migrations/tsconfig.build.json',
    'apps/api/tsconfig.build.json',
  ]);
} else {
  process.stdout.write('Server is up to date (no source is newer than its last build).\n');
}

// 2. The admin: Vite reads its own sources, the contracts' sources and the installed packages.
const adminInputs = [
  'apps/admin/src',
  'apps/admin/static',
  'apps/admin/index.html',
  'apps/admin/vite.config.ts',
  'apps/admin/package.json',
];
const sharedInputs = ['libs/contracts/src', 'libs/contracts/package.json', 'package-lock.json'];
function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((entry) => files(join(path, entry)));
}
const hash = createHash('sha256');
for (const file of [...adminInputs, ...sharedInputs].flatMap(files)) {
  if (/\.spec\.ts$/.test(file)) continue;
  hash.update(`${relative(root, join(root, file))}\0`).update(readFileSync(join(root, file)));
}
const digest = hash.digest('hex');
const stamp = join(root, 'apps/admin/dist/.inputs-sha256');
const upToDate = existsSync(join(root, 'apps/admin/dist/index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest;
if (upToDate) {
  process.stdout.write('Admin is up to date (its sources have not changed since the last build).\n');
} else {
  run('npm', ['run', 'build', '--silent', '-w', '@summitdesk/admin']);
  writeFileSync(stamp, digest);
}
process.stdout.write(`Build checked in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
