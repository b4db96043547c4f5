// Error codes the committee and seat routes answer with, beside the common ones.
export const CommitteeErrorCodes = {
  ALREADY_EXISTS: 'COMMITTEE.ALREADY_EXISTS',
  NOT_A_SUMMIT: 'COMMITTEE.NOT_A_SUMMIT',
  SEAT_TAKEN: 'COMMITTEE_SEAT.TAKEN',
  LAST_CHAIR: 'COMMITTEE_SEAT.LAST_CHAIR',
} as const;

// Error codes the conflict-of-interest routes answer with, beside the common ones.
export const ConflictErrorCodes = {
  TARGET: 'CONFLICT.NEEDS_PERSON_OR_ORGANIZATION',
  LOCKED: 'CONFLICT.LOCKED_DURING_REVIEW',
  DUPLICATE: 'CONFLICT.DUPLICATE',
} as const;
