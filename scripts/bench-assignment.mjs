// Automatic reviewer assignment for a large summit: 2,000 submissions × 100 reviewers, 3 reviews each,
// four tracks, 5 % conflicts. Runs the pure function from the built contracts (npm run build:server).
// Target: under 1 s per run on the 2-core reference machine; slower fails `npm run bench`.
import { assignReviewers } from '../libs/contracts/dist/index.js';

const TARGET_MS = 1000;
const SUBMISSIONS = 2000;
const REVIEWERS = 100;
const WANTED = 3;

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const tracks = ['Core hypervisor', 'Security', 'Storage and networking', 'Cloud and management'];
const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => ({ id: i + 1, track: tracks[Math.floor(random() * tracks.length)] }));
const reviewers = Array.from({ length: REVIEWERS }, (_, i) => ({
  id: 10_001 + i,
  tracks: random() < 0.7 ? [tracks[Math.floor(random() * tracks.length)]] : [],
}));
const conflicts = [];
for (const submission of submissions)
  for (const reviewer of reviewers) if (random() < 0.05) conflicts.push({ submissionId: submission.id, reviewerId: reviewer.id });

const timings = [];
let result;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  result = assignReviewers({ submissions, reviewers, wanted: WANTED, conflicts, existing: [] });
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)];

const loads = new Map(reviewers.map((reviewer) => [reviewer.id, 0]));
for (const pair of result.assignments) loads.set(pair.reviewerId, loads.get(pair.reviewerId) + 1);
const spread = Math.max(...loads.values()) - Math.min(...loads.values());
const blocked = new Set(conflicts.map((pair) => `${pair.submissionId}:${pair.reviewerId}`));
const conflicted = result.assignments.filter((pair) => blocked.has(`${pair.submissionId}:${pair.reviewerId}`)).length;
const preferred = result.assignments.filter((pair) => {
  const reviewer = reviewers[pair.reviewerId - 10_001];
  return reviewer.tracks.includes(submissions[pair.submissionId - 1].track);
}).length;

console.log(
  `assignment ${SUBMISSIONS} submissions × ${REVIEWERS} reviewers, ${WANTED} each: median ${median.toFixed(0)} ms (runs: ` +
    `${timings.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(
  `  ${result.assignments.length} assignments, ${result.unfilled.length} submissions short, load spread ${spread}, conflicted ` +
    `${conflicted}, on a preferred track ${((100 * preferred) / result.assignments.length).toFixed(0)} %`,
);
if (conflicted > 0 || spread > 1 || result.unfilled.length > 0) {
  console.log('  FAIL: the assignment broke a rule');
  process.exitCode = 1;
} else if (median > TARGET_MS) {
  console.log(`  FAIL: slower than the ${TARGET_MS} ms target`);
  process.exitCode = 1;
} else {
  console.log(`  ok (target ${TARGET_MS} ms)`);
}
