import { describe, expect, it } from 'vitest';
import { loadCost, optimalAssignment, pairScore, type AssignmentInput, type AssignmentPair } from './optimal-assignment.js';

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

// A small seeded generator, so that the random cases are the same on every run.
function generator(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function loadsOf(input: AssignmentInput, pairs: readonly AssignmentPair[]) {
  const counts = new Map(input.reviewers.map((reviewer) => [reviewer.id, 0]));
  for (const pair of [...input.existing, ...pairs]) counts.set(pair.reviewerId, (counts.get(pair.reviewerId) ?? 0) + 1);
  return counts;
}

// The objective the solver promises, computed independently: most reviews filled, then the least
// cost (load costs per reviewer + preference costs per pair).
function objective(input: AssignmentInput, pairs: readonly AssignmentPair[], minLoad: number) {
  const bid = new Map((input.bids ?? []).map((b) => [`${b.submissionId}:${b.reviewerId}`, b.value]));
  let cost = 0;
  for (const pair of pairs) {
    const reviewer = input.reviewers.find((r) => r.id === pair.reviewerId)!;
    const submission = input.submissions.find((s) => s.id === pair.submissionId)!;
    cost -= pairScore(reviewer, submission, bid.get(`${pair.submissionId}:${pair.reviewerId}`) ?? 0);
  }
  const existing = loadsOf(input, []);
  for (const [id, load] of loadsOf(input, pairs))
    for (let k = existing.get(id)! + 1; k <= load; k++) cost += loadCost(k, minLoad, input.maxLoad);
  return { filled: pairs.length, cost };
}

// Every valid assignment of a tiny instance: for each submission, any set of eligible reviewers of
// at most the missing size; loads within maxLoad.
function bruteForce(input: AssignmentInput, maxLoad: number, minLoad: number) {
  const blocked = new Set([...input.conflicts, ...input.existing].map((p) => `${p.submissionId}:${p.reviewerId}`));
  const have = (id: number) => input.existing.filter((p) => p.submissionId === id).length;
  const options = input.submissions.map((submission) => {
    const eligible = input.reviewers.map((r) => r.id).filter((id) => !blocked.has(`${submission.id}:${id}`));
    const sets: number[][] = [];
    for (let mask = 0; mask < 1 << eligible.length; mask++) {
      const set = eligible.filter((_, i) => mask & (1 << i));
      if (set.length <= input.wanted - have(submission.id)) sets.push(set);
    }
    return sets.map((set) => set.map((reviewerId) => ({ submissionId: submission.id, reviewerId })));
  });
  let best: { filled: number; cost: number } | undefined;
  const walk = (i: number, chosen: AssignmentPair[]) => {
    if (i === options.length) {
      if ([...loadsOf(input, chosen).values()].some((load) => load > maxLoad)) return;
      const value = objective(input, chosen, minLoad);
      if (!best || value.filled > best.filled || (value.filled === best.filled && value.cost < best.cost)) best = value;
      return;
    }
    for (const set of options[i]) walk(i + 1, [...chosen, ...set]);
  };
  walk(0, []);
  return best!;
}

describe('optimalAssignment', () => {
  it('gives every submission the wanted number of distinct reviewers with even loads', () => {
    const input: AssignmentInput = {
      submissions: range(10).map((id) => ({ id })),
      reviewers: range(4, 101).map((id) => ({ id })),
      wanted: 3,
      conflicts: [],
      existing: [],
    };
    const { assignments, underfilled, minLoad, maxLoad } = optimalAssignment(input);
    expect(underfilled).toEqual([]);
    expect(assignments).toHaveLength(30);
    expect(new Set(assignments.map((p) => `${p.submissionId}:${p.reviewerId}`)).size).toBe(30);
    expect([minLoad, maxLoad]).toEqual([7, 8]);
    const loads = [...loadsOf(input, assignments).values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('matches a brute-force search for the best assignment on small random cases', () => {
    const random = generator(7);
    for (let round = 0; round < 40; round++) {
      const submissions = range(3).map((id) => ({
        id,
        topics: random() < 0.5 ? ['ARM'] : ['x86'],
        track: random() < 0.5 ? 'Core' : 'Security',
      }));
      const reviewers = range(3, 101).map((id) => ({
        id,
        tracks: random() < 0.5 ? ['Core'] : [],
        interests: [{ topic: 'ARM', value: Math.floor(random() * 5) - 2 }],
      }));
      const conflicts = submissions.flatMap((s) =>
        reviewers.filter(() => random() < 0.2).map((r) => ({ submissionId: s.id, reviewerId: r.id })),
      );
      const bids = submissions.flatMap((s) =>
        reviewers
          .filter(() => random() < 0.6)
          .map((r) => ({ submissionId: s.id, reviewerId: r.id, value: Math.round(random() * 40 - 20) })),
      );
      const existing =
        random() < 0.3
          ? [{ submissionId: 1, reviewerId: 103 }].filter(
              (p) => !conflicts.some((c) => c.submissionId === p.submissionId && c.reviewerId === p.reviewerId),
            )
          : [];
      const maxLoad = 1 + Math.floor(random() * 3);
      const minLoad = Math.floor(random() * (maxLoad + 1));
      const input: AssignmentInput = { submissions, reviewers, wanted: 2, conflicts, existing, bids, minLoad, maxLoad };
      const result = optimalAssignment(input);
      expect(objective(input, result.assignments, minLoad), `round ${round}`).toEqual(bruteForce(input, maxLoad, minLoad));
    }
  });

  it('prefers high bids and topic interests when loads allow either', () => {
    const input: AssignmentInput = {
      submissions: [
        { id: 1, topics: ['ARM'] },
        { id: 2, topics: ['x86'] },
      ],
      reviewers: [
        { id: 101, interests: [{ topic: 'ARM', value: 2 }] },
        { id: 102, interests: [] },
      ],
      wanted: 1,
      conflicts: [],
      existing: [],
      bids: [{ submissionId: 2, reviewerId: 102, value: 5 }],
    };
    expect(optimalAssignment(input).assignments).toEqual([
      { submissionId: 1, reviewerId: 101 },
      { submissionId: 2, reviewerId: 102 },
    ]);
  });

  it('never assigns a conflicted reviewer and keeps existing assignments, counted in loads', () => {
    const conflicts = range(5, 2).map((submissionId) => ({ submissionId, reviewerId: 101 }));
    const existing = [{ submissionId: 1, reviewerId: 102 }];
    const input: AssignmentInput = {
      submissions: range(6).map((id) => ({ id })),
      reviewers: range(3, 101).map((id) => ({ id })),
      wanted: 2,
      conflicts,
      existing,
    };
    const { assignments, underfilled } = optimalAssignment(input);
    expect(underfilled).toEqual([]);
    for (const conflict of conflicts) expect(assignments).not.toContainEqual(conflict);
    expect(assignments).not.toContainEqual(existing[0]);
    expect(assignments.filter((p) => p.submissionId === 1)).toHaveLength(1);
    expect(assignments).toHaveLength(11);
  });

  it('stays within the load bounds and says why a submission is short', () => {
    const input: AssignmentInput = {
      submissions: range(4).map((id) => ({ id })),
      reviewers: range(2, 101).map((id) => ({ id })),
      wanted: 2,
      // Submission 4: only reviewer 102 is free of conflicts.
      conflicts: [{ submissionId: 4, reviewerId: 101 }],
      existing: [],
      maxLoad: 3,
    };
    const { assignments, underfilled } = optimalAssignment(input);
    for (const load of loadsOf(input, assignments).values()) expect(load).toBeLessThanOrEqual(3);
    expect(assignments).toHaveLength(6);
    const reasons = Object.fromEntries(underfilled.map((row) => [row.submissionId, row.reason]));
    expect(reasons[4]).toBe('conflicts');
    expect(underfilled.reduce((sum, row) => sum + row.missing, 0)).toBe(2);
    for (const row of underfilled) if (row.submissionId !== 4) expect(row.reason).toBe('max_load');
    expect(optimalAssignment({ ...input, reviewers: [] }).underfilled.every((row) => row.reason === 'no_reviewers')).toBe(true);
  });

  it('brings every reviewer up to the minimum load where the work exists', () => {
    const input: AssignmentInput = {
      submissions: range(6).map((id) => ({ id })),
      reviewers: range(3, 101).map((id) => ({ id })),
      wanted: 1,
      conflicts: [],
      existing: [],
      // Everyone bids high on the first two only; the minimum still spreads the work.
      bids: range(3, 101).flatMap((reviewerId) => [1, 2].map((submissionId) => ({ submissionId, reviewerId, value: 20 }))),
      minLoad: 2,
      maxLoad: 4,
    };
    const loads = [...loadsOf(input, optimalAssignment(input).assignments).values()];
    expect(loads).toEqual([2, 2, 2]);
  });
});
