import type { Committee, CommitteeSeat } from '@summitdesk/contracts';
import type { CommitteeSeatEntity } from './committee-seat.entity.js';
import type { CommitteeEntity } from './committee.entity.js';

export function presentCommittee(committee: CommitteeEntity): Committee {
  return {
    id: committee.id,
    eventId: committee.eventId,
    name: committee.name,
    version: committee.version,
    createdAt: committee.createdAt.toISOString(),
  };
}

export function presentSeat(seat: CommitteeSeatEntity & { userName?: string }): CommitteeSeat {
  return {
    id: seat.id,
    committeeId: seat.committeeId,
    userId: seat.userId,
    userName: seat.userName ?? '',
    role: seat.role,
    affiliation: seat.affiliation,
    trackPreferences: seat.trackPreferences,
    version: seat.version,
    createdAt: seat.createdAt.toISOString(),
  };
}
