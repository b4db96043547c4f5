import { MinCostFlow } from './min-cost-flow.js';

// Automatic reviewer assignment as a min-cost flow, the way HotCRP frames it: the source feeds each
// reviewer one unit per review they can still take (each unit dearer than the last, so load
// spreads), each reviewer reaches each submission they may review by an edge whose cost falls as
// their bid, topic interest and track preference rise, and each submission drains to the sink as
// many units as it still needs. A maximum flow fills as many reviews as the conflicts and load bounds
// allow; the least-cost one among those favours what reviewers asked for.
// Rules, in order of strength:
//  1. never a conflicted reviewer, never the same reviewer twice, existing assignments stay;
//  2. no reviewer above maxLoad; as many submissions filled to `wanted` as that allows;
//  3. every reviewer up to minLoad where the work exists;
//  4. bids, topic interests and track preferences (summed per pair), then even loads.

export type AssignmentPair = { submissionId: number; reviewerId: number };
export type AssignmentSubmission = { id: number; track?: string | null; topics?: readonly string[] };
export type TopicInterest = { topic: string; value: number };
export type AssignmentReviewer = { id: number; tracks?: readonly string[]; interests?: readonly TopicInterest[] };
export type AssignmentBid = AssignmentPair & { value: number };

export type AssignmentInput = {
  submissions: readonly AssignmentSubmission[];
  reviewers: readonly AssignmentReviewer[];
  wanted: number;
  // Pairs that must never be assigned (declared, automatic or bid conflicts).
  conflicts: readonly AssignmentPair[];
  // Assignments already made (by hand or an earlier run); kept and counted in loads.
  existing: readonly AssignmentPair[];
  bids?: readonly AssignmentBid[];
  // Load bounds per reviewer, existing assignments included. Without them: the even share
  // (floor and ceiling of all reviews wanted ÷ reviewers).
  minLoad?: number;
  maxLoad?: number;
};

// Why a submission stays short: too few reviewers free of conflicts (or none on the committee), or
// the free ones are all at the chair's maximum load.
export type UnderfilledReason = 'no_reviewers' | 'conflicts' | 'max_load';

export type AssignmentResult = {
  // New pairs only (existing ones are kept and not repeated).
  assignments: AssignmentPair[];
  underfilled: Array<{ submissionId: number; missing: number; reason: UnderfilledReason }>;
  // The bounds used: the chair's, or the even share (a soft maximum, exceeded only to fill a
  // submission that would otherwise stay short).
  minLoad: number;
  maxLoad: number;
};

export const BID_MIN = -20;
export const BID_MAX = 20;
export const INTEREST_MIN = -2;
export const INTEREST_MAX = 2;
const TRACK_BONUS = 3;
// Topic interests count double (a submission usually has one or two topics), capped so that a
// reviewer's bid still outweighs a long topic list.
const INTEREST_CAP = 6;
const SCORE_MAX = BID_MAX + 2 * INTEREST_CAP + TRACK_BONUS;
// What reaching a reviewer's minimum load is worth: more than any preference can cost.
const MIN_LOAD_BONUS = 10 * (SCORE_MAX - (BID_MIN - 2 * INTEREST_CAP));

// How much a reviewer wants a submission: bid + 2 × topic interest (capped) + track bonus.
export function pairScore(reviewer: AssignmentReviewer, submission: AssignmentSubmission, bid = 0): number {
  let interest = 0;
  if (reviewer.interests && submission.topics)
    for (const { topic, value } of reviewer.interests) if (submission.topics.includes(topic)) interest += value;
  interest = Math.max(-INTEREST_CAP, Math.min(INTEREST_CAP, interest));
  const track = submission.track && reviewer.tracks?.includes(submission.track) ? TRACK_BONUS : 0;
  return bid + 2 * interest + track;
}

// What one review above the even share costs when the chair set no maximum: more than any
// preference is worth, so a reviewer goes above it only when a submission would otherwise stay short.
const OVERLOAD = MIN_LOAD_BONUS;

// The cost of a reviewer's k-th review (k counts from 1, existing ones included): far below zero up
// to the minimum load, then rising by one per review so loads spread evenly when preferences tie,
// and OVERLOAD past the soft maximum. Flat below the minimum keeps the number of distinct path
// lengths (the solver's rounds) small.
export function loadCost(k: number, minLoad: number, softMax = Infinity): number {
  if (k <= minLoad) return -MIN_LOAD_BONUS;
  return k <= softMax ? k - minLoad : OVERLOAD;
}

const pairKey = (submissionId: number, reviewerId: number) => `${submissionId}:${reviewerId}`;

export function optimalAssignment(input: AssignmentInput): AssignmentResult {
  const { submissions, reviewers } = input;
  const wanted = Math.max(0, Math.floor(input.wanted));
  const reviewerIndex = new Map(reviewers.map((reviewer, i) => [reviewer.id, i]));
  const submissionIndex = new Map(submissions.map((submission, i) => [submission.id, i]));
  const R = reviewers.length;
  const S = submissions.length;

  // Per submission, which reviewers are out (conflicted or already on it), as bitsets by index.
  const blocked = new Uint8Array(S * R);
  const have = new Int32Array(S);
  const load = new Int32Array(R);
  for (const pair of input.conflicts) {
    const s = submissionIndex.get(pair.submissionId);
    const r = reviewerIndex.get(pair.reviewerId);
    if (s !== undefined && r !== undefined) blocked[s * R + r] = 1;
  }
  for (const pair of input.existing) {
    const s = submissionIndex.get(pair.submissionId);
    const r = reviewerIndex.get(pair.reviewerId);
    if (s !== undefined) have[s]++;
    if (r !== undefined) load[r]++;
    if (s !== undefined && r !== undefined) blocked[s * R + r] = 1;
  }
  const bids = new Map<string, number>();
  for (const bid of input.bids ?? []) bids.set(pairKey(bid.submissionId, bid.reviewerId), Math.max(BID_MIN, Math.min(BID_MAX, bid.value)));

  let demand = 0;
  for (let s = 0; s < S; s++) demand += Math.max(0, wanted - have[s]);
  let existingLoad = 0;
  for (let r = 0; r < R; r++) existingLoad += load[r];
  const share = R > 0 ? (demand + existingLoad) / R : 0;
  // The chair's maximum is a hard bound; without one, the even share is a soft one.
  const hardMax = input.maxLoad === undefined ? Infinity : Math.max(0, Math.floor(input.maxLoad));
  const maxLoad = input.maxLoad === undefined ? Math.ceil(share) : hardMax;
  const minLoad = Math.max(0, Math.min(maxLoad, Math.floor(input.minLoad ?? Math.floor(share))));

  // Nodes: 0 source, 1 sink, 2..R+1 reviewers, R+2.. submissions.
  const source = 0;
  const sink = 1;
  const reviewerNode = (r: number) => 2 + r;
  const submissionNode = (s: number) => 2 + R + s;
  const flow = new MinCostFlow(2 + R + S, R * (maxLoad + 1) + S * R + S);
  // Every path crosses exactly one pair edge, so shifting pair costs by SCORE_MAX (to keep them
  // non-negative) changes every maximum flow's cost by the same amount.
  const potential = new Float64Array(2 + R + S).fill(Infinity);
  potential[source] = 0;
  for (let r = 0; r < R; r++) {
    for (let k = load[r] + 1; k <= maxLoad; k++) flow.addEdge(source, reviewerNode(r), 1, loadCost(k, minLoad, maxLoad));
    // Past the soft maximum every review costs the same: one edge carries them all.
    if (hardMax === Infinity && demand > 0) flow.addEdge(source, reviewerNode(r), demand, OVERLOAD);
    // Load costs only rise with k, so the first unit is the reviewer's shortest distance.
    if (load[r] < hardMax) potential[reviewerNode(r)] = loadCost(load[r] + 1, minLoad, maxLoad);
  }
  const pairEdges: Array<{ edge: number; s: number; r: number }> = [];
  let sinkPotential = Infinity;
  for (let s = 0; s < S; s++) {
    const need = wanted - have[s];
    if (need <= 0) continue;
    const submission = submissions[s];
    let best = Infinity;
    for (let r = 0; r < R; r++) {
      if (blocked[s * R + r]) continue;
      const cost = SCORE_MAX - pairScore(reviewers[r], submission, bids.get(pairKey(submission.id, reviewers[r].id)) ?? 0);
      pairEdges.push({ edge: flow.addEdge(reviewerNode(r), submissionNode(s), 1, cost), s, r });
      best = Math.min(best, potential[reviewerNode(r)] + cost);
    }
    potential[submissionNode(s)] = best;
    flow.addEdge(submissionNode(s), sink, need, 0);
    sinkPotential = Math.min(sinkPotential, best);
  }
  potential[sink] = sinkPotential;
  // Unreachable nodes never enter Dijkstra's frontier; any finite potential will do for them.
  for (let v = 0; v < potential.length; v++) if (!Number.isFinite(potential[v])) potential[v] = 0;
  flow.solve(source, sink, potential);

  const assignments: AssignmentPair[] = [];
  const got = Int32Array.from(have);
  const finalLoad = Int32Array.from(load);
  for (const { edge, s, r } of pairEdges) {
    if (flow.flowOn(edge) > 0) {
      assignments.push({ submissionId: submissions[s].id, reviewerId: reviewers[r].id });
      got[s]++;
      finalLoad[r]++;
    }
  }
  assignments.sort((a, b) => a.submissionId - b.submissionId || a.reviewerId - b.reviewerId);

  const underfilled: AssignmentResult['underfilled'] = [];
  for (let s = 0; s < S; s++) {
    const missing = wanted - got[s];
    if (missing <= 0) continue;
    let free = 0;
    for (let r = 0; r < R; r++) if (!blocked[s * R + r]) free++;
    // Reviewers already on it were blocked above; count them back as available.
    const reason: UnderfilledReason = R === 0 ? 'no_reviewers' : have[s] + free < wanted ? 'conflicts' : 'max_load';
    underfilled.push({ submissionId: submissions[s].id, missing, reason });
  }
  underfilled.sort((a, b) => a.submissionId - b.submissionId);
  return { assignments, underfilled, minLoad, maxLoad };
}
