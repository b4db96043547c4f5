import type { EntityManager } from 'typeorm';

// What a member leaving a committee asks of review assignment: the work they have not done yet
// goes back to the pool (reviews already written stay). Review assignment depends on this feature,
// so this is only the question; the review-assignments feature provides the answer in its place
// (see CallForPapersModule), and this feature never imports it.
export abstract class SeatLeaving {
  abstract releaseUnreviewed(manager: EntityManager, committeeId: number, reviewerId: number): Promise<void>;
}
