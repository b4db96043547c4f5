import { describe, expect, it } from 'vitest';
import { assignReviewers, type AssignmentInput, type AssignmentPair } from './assign-reviewers.js';

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

function loads(input: AssignmentInput, pairs: AssignmentPair[]) {
  const counts = new Map(input.reviewers.map((reviewer) => [reviewer.id, 0]));
  for (const pair of [...input.existing, ...pairs]) counts.set(pair.reviewerId, (counts.get(pair.reviewerId) ?? 0) + 1);
  return [...counts.values()];
}

function perSubmission(pairs: AssignmentPair[]) {
  const counts = new Map<number, Set<number>>();
  for (const pair of pairs) counts.set(pair.submissionId, (counts.get(pair.submissionId) ?? new Set()).add(pair.reviewerId));
  return counts;
}

describe('assignReviewers', () => {
  it('gives every submission the wanted number of distinct reviewers with loads within one', () => {
    const input: AssignmentInput = {
      submissions: range(10).map((id) => ({ id, track: null })),
      reviewers: range(4, 101).map((id) => ({ id, tracks: [] })),
      wanted: 3,
      conflicts: [],
      existing: [],
    };
    const { assignments, unfilled } = assignReviewers(input);
    expect(unfilled).toEqual([]);
    expect(assignments).toHaveLength(30);
    for (const reviewers of perSubmission(assignments).values()) expect(reviewers.size).toBe(3);
    const load = loads(input, assignments);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
  });

  it('never assigns a conflicted reviewer, even when that leaves loads uneven', () => {
    // Reviewer 101 is conflicted on every submission but one.
    const conflicts = range(5, 2).map((submissionId) => ({ submissionId, reviewerId: 101 }));
    const input: AssignmentInput = {
      submissions: range(6).map((id) => ({ id, track: null })),
      reviewers: range(3, 101).map((id) => ({ id, tracks: [] })),
      wanted: 2,
      conflicts,
      existing: [],
    };
    const { assignments, unfilled } = assignReviewers(input);
    expect(unfilled).toEqual([]);
    for (const conflict of conflicts) expect(assignments).not.toContainEqual(conflict);
    expect(assignments.filter((pair) => pair.reviewerId === 101)).toEqual([{ submissionId: 1, reviewerId: 101 }]);
  });

  it('balances loads by moving work to reviewers the greedy pass left light', () => {
    // Submissions 1-4 can only go to 101/102; 5-8 to anyone. Balanced: 101..104 carry 4 each.
    const conflicts = range(4).flatMap((submissionId) => [103, 104].map((reviewerId) => ({ submissionId, reviewerId })));
    const input: AssignmentInput = {
      submissions: range(8).map((id) => ({ id, track: null })),
      reviewers: range(4, 101).map((id) => ({ id, tracks: [] })),
      wanted: 2,
      conflicts,
      existing: [],
    };
    const { assignments } = assignReviewers(input);
    expect(loads(input, assignments)).toEqual([4, 4, 4, 4]);
  });

  it('reports submissions it cannot fill instead of assigning a conflicted reviewer', () => {
    const input: AssignmentInput = {
      submissions: [{ id: 1, track: null }],
      reviewers: range(3, 101).map((id) => ({ id, tracks: [] })),
      wanted: 3,
      conflicts: [{ submissionId: 1, reviewerId: 102 }],
      existing: [],
    };
    const { assignments, unfilled } = assignReviewers(input);
    expect(assignments.map((pair) => pair.reviewerId).sort()).toEqual([101, 103]);
    expect(unfilled).toEqual([{ submissionId: 1, missing: 1 }]);
  });

  it('honours track preferences when balance allows it', () => {
    const input: AssignmentInput = {
      submissions: [...range(4).map((id) => ({ id, track: 'Security' })), ...range(4, 5).map((id) => ({ id, track: 'Storage' }))],
      reviewers: [
        { id: 101, tracks: ['Security'] },
        { id: 102, tracks: ['Security'] },
        { id: 103, tracks: ['Storage'] },
        { id: 104, tracks: ['Storage'] },
      ],
      wanted: 2,
      conflicts: [],
      existing: [],
    };
    const { assignments } = assignReviewers(input);
    for (const pair of assignments) {
      const track = input.submissions.find((submission) => submission.id === pair.submissionId)!.track;
      expect(input.reviewers.find((reviewer) => reviewer.id === pair.reviewerId)!.tracks).toContain(track);
    }
    expect(loads(input, assignments)).toEqual([4, 4, 4, 4]);
  });

  it('keeps existing assignments, tops submissions up and counts them in the loads', () => {
    const input: AssignmentInput = {
      submissions: range(4).map((id) => ({ id, track: null })),
      reviewers: range(4, 101).map((id) => ({ id, tracks: [] })),
      wanted: 2,
      conflicts: [],
      existing: [
        { submissionId: 1, reviewerId: 101 },
        { submissionId: 2, reviewerId: 101 },
      ],
    };
    const { assignments } = assignReviewers(input);
    expect(assignments).toHaveLength(6);
    expect(assignments).not.toContainEqual({ submissionId: 1, reviewerId: 101 });
    expect(loads(input, assignments)).toEqual([2, 2, 2, 2]);
  });

  it('assigns nothing and reports every submission when there are no reviewers', () => {
    const result = assignReviewers({ submissions: [{ id: 1, track: null }], reviewers: [], wanted: 2, conflicts: [], existing: [] });
    expect(result).toEqual({ assignments: [], unfilled: [{ submissionId: 1, missing: 2 }] });
  });

  it('holds every rule on a large random committee with conflicts and preferences', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const tracks = ['Core', 'Security', 'Storage', 'Networking'];
    const submissions = range(400).map((id) => ({ id, track: tracks[Math.floor(random() * 4)] }));
    const reviewers = range(30, 1001).map((id) => ({ id, tracks: random() < 0.7 ? [tracks[Math.floor(random() * 4)]] : [] }));
    const conflicts = submissions.flatMap((submission) =>
      reviewers.filter(() => random() < 0.05).map((reviewer) => ({ submissionId: submission.id, reviewerId: reviewer.id })),
    );
    const input: AssignmentInput = { submissions, reviewers, wanted: 3, conflicts, existing: [] };
    const { assignments, unfilled } = assignReviewers(input);
    expect(unfilled).toEqual([]);
    const blocked = new Set(conflicts.map((pair) => `${pair.submissionId}:${pair.reviewerId}`));
    expect(assignments.some((pair) => blocked.has(`${pair.submissionId}:${pair.reviewerId}`))).toBe(false);
    for (const assigned of perSubmission(assignments).values()) expect(assigned.size).toBe(3);
    const load = loads(input, assignments);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
    // Most of the work lands on reviewers who like (or do not mind) the track.
    const suited = assignments.filter((pair) => {
      const reviewer = reviewers.find((r) => r.id === pair.reviewerId)!;
      return reviewer.tracks.length === 0 || reviewer.tracks.includes(submissions[pair.submissionId - 1].track);
    });
    expect(suited.length / assignments.length).toBeGreaterThan(0.6);
  });
});
