import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SeatLeaving } from '../committees/seat-leaving.js';
import { releaseSeatAssignments } from './review-assignments.repository.js';

// Review assignment's answer for committees (a member leaving their seat); AppModule provides it
// as SeatLeaving.
@Injectable()
export class ReviewAssignmentsSeatLeaving extends SeatLeaving {
  async releaseUnreviewed(manager: EntityManager, committeeId: number, reviewerId: number): Promise<void> {
    await releaseSeatAssignments(manager, committeeId, reviewerId);
  }
}
