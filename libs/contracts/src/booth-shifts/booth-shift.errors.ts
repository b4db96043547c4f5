// Error codes the booth shift routes answer with, beside the common ones.
export const BoothShiftErrorCodes = {
  OVERLAP: 'BOOTH_SHIFT.OVERLAP',
  OUTSIDE_EVENT: 'BOOTH_SHIFT.OUTSIDE_EVENT',
  BOOTH_NOT_STAFFABLE: 'BOOTH_SHIFT.BOOTH_NOT_STAFFABLE',
} as const;
