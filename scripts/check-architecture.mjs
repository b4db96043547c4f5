// Architecture checks that dependency-cruiser's rules cannot express on their own: feature folders
// (apps/api/src/<feature>/) must not import each other in a cycle. Module rules live in
// .dependency-cruiser.cjs; this runs them too, so `npm run lint:architecture` is the one command.
import { cruise } from 'dependency-cruiser';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');
// Folders every feature may use and that use no feature: infrastructure, not features.
const infrastructure = new Set(['common', 'config', 'database', 'queue', 'storage', 'notifications', 'audit-log', 'cli']);

// Cycles that existed when this check was written and that issue 10 still has to break. A new cycle
// fails the check, and so does a listed one that is gone (so the list only ever shrinks).
const knownCycles = [].map((cycle) => cycle.join(' ⇄ '));

const { output } = await cruise(['apps/api/src', 'libs', 'apps/admin/src'], {
  ...config.options,
  ruleSet: { forbidden: config.forbidden },
});
const featureOf = (path) => path.match(/^apps\/api\/src\/([^/]+)\//)?.[1];
const edges = new Map();
for (const module of output.modules) {
  const from = featureOf(module.source);
  if (!from) continue;
  for (const dependency of module.dependencies) {
    const to = featureOf(dependency.resolved);
    if (!to || to === from || infrastructure.has(from) || infrastructure.has(to)) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const targets = edges.get(from);
    if (!targets.has(to)) targets.set(to, `${module.source} → ${dependency.resolved}`);
  }
}

// Tarjan's strongly connected components: each component of more than one feature is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(node) {
  state.set(node, { index, low: index, onStack: true });
  index++;
  stack.push(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!state.has(next)) {
      visit(next);
      state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
    } else if (state.get(next).onStack) {
      state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
    }
  }
  if (state.get(node).low === state.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component);
  }
}
for (const node of edges.keys()) if (!state.has(node)) visit(node);

const found = cycles.map((cycle) => cycle.sort().join(' ⇄ '));
const newCycles = cycles.filter((_, i) => !knownCycles.includes(found[i]));
const brokenKnown = knownCycles.filter((known) => !found.includes(known));
const violations = output.summary.violations.filter((violation) => violation.rule.severity === 'error');
for (const violation of violations) console.error(`${violation.rule.name}: ${violation.from} → ${violation.to}`);
for (const known of brokenKnown) console.error(`feature cycle ${known} is gone: remove it from knownCycles`);
for (const cycle of newCycles) {
  console.error(`new feature cycle: ${cycle.join(' ⇄ ')}`);
  for (const from of cycle) {
    for (const [to, example] of edges.get(from) ?? []) if (cycle.includes(to)) console.error(`  ${example}`);
  }
}
// Lines stay within Prettier's width: Prettier breaks code but not long strings, SQL or comments.
const MAX_LINE = 140;
const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs', '*.cjs', '*.js'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const longLines = [];
for (const file of tracked) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, at) => {
      if (line.length > MAX_LINE) longLines.push(`${file}:${at + 1} is ${line.length} characters`);
    });
}
for (const long of longLines) console.error(`line over ${MAX_LINE}: ${long}`);

// DataSource (and with it raw SQL) only in infrastructure and in a feature's own data access: its
// <feature>.repository.ts and its demo-data seed. Services, controllers and presenters ask those.
const dataAccess = /^apps\/api\/src\/(?:(?:common|database|cli)\/.*|[^/]+\/(?:[^/]+\.repository|seed-[^/]+)\.ts)$/;
// Call-for-papers files that still inject DataSource themselves; the list only shrinks.
const knownDataSource = [];
const usesDataSource = tracked.filter(
  (file) =>
    file.startsWith('apps/api/src/') &&
    file.endsWith('.ts') &&
    !file.endsWith('.spec.ts') &&
    /\bDataSource\b/.test(readFileSync(file, 'utf8')),
);
const strayDataSource = usesDataSource.filter((file) => !dataAccess.test(file) && !knownDataSource.includes(file));
const goneDataSource = knownDataSource.filter((file) => !usesDataSource.includes(file));
for (const file of strayDataSource) console.error(`DataSource outside infrastructure and data access: ${file}`);
for (const file of goneDataSource) console.error(`${file} no longer uses DataSource: remove it from knownDataSource`);

const failures =
  violations.length + newCycles.length + brokenKnown.length + longLines.length + strayDataSource.length + goneDataSource.length;
console.log(
  `architecture: ${output.summary.totalCruised} modules, ${violations.length} rule violations, ` +
    `${cycles.length} feature cycles (${newCycles.length} new, ${knownCycles.length} known), ` +
    `${longLines.length} lines over ${MAX_LINE}, ${strayDataSource.length} stray DataSource users (${knownDataSource.length} known)`,
);
process.exit(failures > 0 ? 1 : 0);
