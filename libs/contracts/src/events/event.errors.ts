// Error codes the event routes answer with, beside the common ones.
export const EventErrorCodes = {
  NOT_STARTED: 'EVENT.NOT_STARTED',
} as const;
