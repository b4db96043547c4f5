// Automatic reviewer assignment as one pure function, so that it is tested and benchmarked without a
// database. Rules, in order of strength:
//  1. never a conflicted reviewer, never the same reviewer twice on a submission;
//  2. every submission gets `wanted` reviewers (fewer only when not enough reviewers are eligible);
//  3. reviewers' loads differ by at most one wherever conflicts leave room for it;
//  4. a reviewer who prefers a track gets that track's submissions first.

export type AssignmentSubmission = { id: number; track: string | null };
export type AssignmentReviewer = { id: number; tracks: readonly string[] };
export type AssignmentPair = { submissionId: number; reviewerId: number };

export type AssignmentInput = {
  submissions: readonly AssignmentSubmission[];
  reviewers: readonly AssignmentReviewer[];
  wanted: number;
  // Pairs that must never be assigned (declared or automatic conflicts).
  conflicts: readonly AssignmentPair[];
  // Assignments already made (by hand or an earlier run); kept and counted.
  existing: readonly AssignmentPair[];
};

export type AssignmentResult = {
  assignments: AssignmentPair[];
  // Submissions left short because too few reviewers are free of conflicts.
  unfilled: Array<{ submissionId: number; missing: number }>;
};

const key = (submissionId: number, reviewerId: number) => submissionId * 1_000_003 + reviewerId;

// 2 = prefers this track, 1 = no preference either way, 0 = prefers other tracks.
function preference(reviewer: AssignmentReviewer, track: string | null): number {
  if (reviewer.tracks.length === 0 || track === null) return 1;
  return reviewer.tracks.includes(track) ? 2 : 0;
}

export function assignReviewers(input: AssignmentInput): AssignmentResult {
  const { submissions, reviewers, wanted } = input;
  const blocked = new Set(input.conflicts.map((pair) => key(pair.submissionId, pair.reviewerId)));
  const taken = new Set<number>();
  const load = new Map<number, number>(reviewers.map((reviewer) => [reviewer.id, 0]));
  const countOn = new Map<number, number>(submissions.map((submission) => [submission.id, 0]));
  for (const pair of input.existing) {
    taken.add(key(pair.submissionId, pair.reviewerId));
    if (load.has(pair.reviewerId)) load.set(pair.reviewerId, load.get(pair.reviewerId)! + 1);
    if (countOn.has(pair.submissionId)) countOn.set(pair.submissionId, countOn.get(pair.submissionId)! + 1);
  }
  const eligible = (submissionId: number, reviewerId: number) =>
    !blocked.has(key(submissionId, reviewerId)) && !taken.has(key(submissionId, reviewerId));

  // The most constrained submissions choose first, while every reviewer is still free.
  const candidates = new Map(
    submissions.map((submission) => [submission.id, reviewers.filter((reviewer) => eligible(submission.id, reviewer.id))]),
  );
  const order = [...submissions].sort((a, b) => candidates.get(a.id)!.length - candidates.get(b.id)!.length || a.id - b.id);

  // No reviewer goes above the balanced share while another eligible one is below it.
  let totalSlots = 0;
  for (const submission of submissions) totalSlots += Math.max(0, wanted - countOn.get(submission.id)!);
  for (const value of load.values()) totalSlots += value;
  const cap = reviewers.length > 0 ? Math.ceil(totalSlots / reviewers.length) : 0;

  const added: AssignmentPair[] = [];
  const unfilled: AssignmentResult['unfilled'] = [];
  for (const submission of order) {
    let missing = wanted - countOn.get(submission.id)!;
    while (missing > 0) {
      let best: AssignmentReviewer | undefined;
      let bestScore = -Infinity;
      for (const reviewer of candidates.get(submission.id)!) {
        if (taken.has(key(submission.id, reviewer.id))) continue;
        const reviewerLoad = load.get(reviewer.id)!;
        // Under the cap beats over it; then the preferred track; then the lighter load.
        const score = (reviewerLoad < cap ? 1_000_000 : 0) + preference(reviewer, submission.track) * 10_000 - reviewerLoad;
        if (score > bestScore) {
          bestScore = score;
          best = reviewer;
        }
      }
      if (!best) break;
      taken.add(key(submission.id, best.id));
      load.set(best.id, load.get(best.id)! + 1);
      added.push({ submissionId: submission.id, reviewerId: best.id });
      missing -= 1;
    }
    if (missing > 0) unfilled.push({ submissionId: submission.id, missing });
  }

  rebalance(added, reviewers, submissions, load, taken, blocked);
  return { assignments: added, unfilled: unfilled.sort((a, b) => a.submissionId - b.submissionId) };
}

// Moves new assignments from the heaviest reviewers to the lightest until loads differ by at most one
// or no eligible move is left. Every move lowers the sum of squared loads, so the loop ends.
function rebalance(
  added: AssignmentPair[],
  reviewers: readonly AssignmentReviewer[],
  submissions: readonly AssignmentSubmission[],
  load: Map<number, number>,
  taken: Set<number>,
  blocked: Set<number>,
) {
  const trackOf = new Map(submissions.map((submission) => [submission.id, submission.track]));
  const byReviewer = new Map<number, number[]>();
  added.forEach((pair, index) => byReviewer.set(pair.reviewerId, [...(byReviewer.get(pair.reviewerId) ?? []), index]));
  const stuck = new Set<number>();

  for (;;) {
    const light = reviewers.filter((reviewer) => !stuck.has(reviewer.id)).sort((a, b) => load.get(a.id)! - load.get(b.id)!)[0];
    if (!light) return;
    const lightLoad = load.get(light.id)!;
    const heavy = reviewers.filter((reviewer) => load.get(reviewer.id)! >= lightLoad + 2).sort((a, b) => load.get(b.id)! - load.get(a.id)!);
    if (heavy.length === 0) return;

    let move: { index: number; from: number } | undefined;
    let moveScore = -Infinity;
    for (const from of heavy) {
      for (const index of byReviewer.get(from.id) ?? []) {
        const { submissionId } = added[index];
        if (blocked.has(key(submissionId, light.id)) || taken.has(key(submissionId, light.id))) continue;
        const track = trackOf.get(submissionId) ?? null;
        // Prefer moves that suit the receiver and cost the giver least.
        const score = preference(light, track) - preference(from, track) + load.get(from.id)!;
        if (score > moveScore) {
          moveScore = score;
          move = { index, from: from.id };
        }
      }
      if (move) break;
    }
    if (!move) {
      stuck.add(light.id);
      continue;
    }
    const pair = added[move.index];
    taken.delete(key(pair.submissionId, move.from));
    taken.add(key(pair.submissionId, light.id));
    load.set(move.from, load.get(move.from)! - 1);
    load.set(light.id, lightLoad + 1);
    byReviewer.set(
      move.from,
      byReviewer.get(move.from)!.filter((index) => index !== move.index),
    );
    byReviewer.set(light.id, [...(byReviewer.get(light.id) ?? []), move.index]);
    added[move.index] = { submissionId: pair.submissionId, reviewerId: light.id };
    // Loads changed, so a reviewer that found no move before may find one now.
    stuck.clear();
  }
}
