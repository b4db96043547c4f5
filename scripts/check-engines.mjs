// Fails when a package in package-lock.json declares an `engines.node` range that the Node.js this
// project documents (the lowest version its own `engines.node` accepts) does not satisfy: `npm ci`
// would print EBADENGINE there, and the package may not work. Run by `npm run lint` and `.ci/run`.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const declared = root.engines?.node;
const lowest = declared && semver.minVersion(declared);
if (!lowest) {
  process.stderr.write('package.json declares no engines.node range to check the lock file against.\n');
  process.exit(1);
}
const newer = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  const wanted = entry.engines?.node;
  if (!path || !wanted || entry.link) continue;
  // Packages for another platform are never installed here (npm skips them before checking engines).
  if (entry.os && !entry.os.includes(process.platform)) continue;
  if (entry.cpu && !entry.cpu.includes(process.arch)) continue;
  if (!semver.satisfies(lowest, wanted)) newer.push(`  ${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wanted}`);
}
if (newer.length > 0) {
  process.stderr.write(
    `These packages need a newer Node.js than engines.node ${declared} allows (npm ci would warn EBADENGINE):\n` +
      `${newer.join('\n')}\nPick versions that support Node.js ${lowest}, pin them (or an override), or raise engines.node.\n`,
  );
  process.exit(1);
}
process.stdout.write(`Every locked package supports Node.js ${lowest} (engines.node ${declared}).\n`);
