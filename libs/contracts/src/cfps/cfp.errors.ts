// Error codes the call-for-papers routes answer with, beside the common ones.
export const CfpErrorCodes = {
  ALREADY_EXISTS: 'CFP.ALREADY_EXISTS',
  NO_COMMITTEE: 'CFP.NO_COMMITTEE',
  NOTHING_TO_RELEASE: 'CFP.NOTHING_TO_RELEASE',
  NOT_A_SUMMIT: 'CFP.NOT_A_SUMMIT',
} as const;
