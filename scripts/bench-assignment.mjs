// Automatic reviewer assignment for a large summit: 2,000 submissions × 100 reviewers, 3 reviews each,
// four tracks, eight topics, 5 % conflicts, each reviewer bidding on 40 talks. Runs the pure
// min-cost-flow function from the built contracts (npm run build:server). Target: under 1 s per run;
// slower fails. `npm run bench` runs the same measurement as part of its `assign` row.
import { optimalAssignment } from '../libs/contracts/dist/index.js';

export const TARGET_MS = 1000;
const SUBMISSIONS = 2000;
const REVIEWERS = 100;
const WANTED = 3;

export function largeSummit() {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const tracks = ['Core hypervisor', 'Security', 'Storage and networking', 'Cloud and management'];
  const topics = ['Scheduling', 'Memory', 'ARM', 'x86', 'Virtio', 'Live migration', 'Confidential computing', 'Testing'];
  const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => ({
    id: i + 1,
    track: pick(tracks),
    topics: [pick(topics), pick(topics)],
  }));
  const reviewers = Array.from({ length: REVIEWERS }, (_, i) => ({
    id: 10_001 + i,
    tracks: random() < 0.7 ? [pick(tracks)] : [],
    interests: topics.map((topic) => ({ topic, value: Math.floor(random() * 5) - 2 })),
  }));
  const conflicts = [];
  for (const submission of submissions)
    for (const reviewer of reviewers) if (random() < 0.05) conflicts.push({ submissionId: submission.id, reviewerId: reviewer.id });
  const bids = [];
  for (const reviewer of reviewers)
    for (let n = 0; n < 40; n++)
      bids.push({ submissionId: 1 + Math.floor(random() * SUBMISSIONS), reviewerId: reviewer.id, value: Math.round(random() * 40 - 20) });
  return { submissions, reviewers, wanted: WANTED, conflicts, existing: [], bids };
}

// Median of five runs, with the checks the row prints.
export function measureAssignment() {
  const input = largeSummit();
  const timings = [];
  const cpu = [];
  let result;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    result = optimalAssignment(input);
    const used = process.cpuUsage(startedCpu);
    timings.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  timings.sort((a, b) => a - b);
  const loads = new Map(input.reviewers.map((reviewer) => [reviewer.id, 0]));
  for (const pair of result.assignments) loads.set(pair.reviewerId, loads.get(pair.reviewerId) + 1);
  const blocked = new Set(input.conflicts.map((pair) => `${pair.submissionId}:${pair.reviewerId}`));
  const bidOf = new Map(input.bids.map((bid) => [`${bid.submissionId}:${bid.reviewerId}`, bid.value]));
  const assignedBids = result.assignments
    .map((pair) => bidOf.get(`${pair.submissionId}:${pair.reviewerId}`))
    .filter((v) => v !== undefined);
  return {
    ms: timings[Math.floor(timings.length / 2)],
    cpuMs: cpu[Math.floor(cpu.length / 2)],
    timings,
    assignments: result.assignments.length,
    unfilled: result.underfilled.length,
    spread: Math.max(...loads.values()) - Math.min(...loads.values()),
    conflicted: result.assignments.filter((pair) => blocked.has(`${pair.submissionId}:${pair.reviewerId}`)).length,
    positiveBids: assignedBids.filter((v) => v > 0).length,
    negativeBids: assignedBids.filter((v) => v < 0).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = measureAssignment();
  console.log(
    `assignment ${SUBMISSIONS} submissions × ${REVIEWERS} reviewers, ${WANTED} each: median ${m.ms.toFixed(0)} ms (runs: ` +
      `${m.timings.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  ${m.assignments} assignments, ${m.unfilled} submissions short, load spread ${m.spread}, conflicted ${m.conflicted}, ` +
      `on a positive bid ${m.positiveBids}, on a negative bid ${m.negativeBids}`,
  );
  if (m.conflicted > 0 || m.spread > 1 || m.unfilled > 0) {
    console.log('  FAIL: the assignment broke a rule');
    process.exitCode = 1;
  } else if (m.ms > TARGET_MS) {
    console.log(`  FAIL: slower than the ${TARGET_MS} ms target`);
    process.exitCode = 1;
  } else {
    console.log(`  ok (target ${TARGET_MS} ms)`);
  }
}
