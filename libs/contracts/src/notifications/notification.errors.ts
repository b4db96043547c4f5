// Error codes the mail preference and outgoing-mail routes answer with, beside the common ones.
export const NotificationErrorCodes = {
  // Only a failed mail is sent again; a sent, skipped or waiting one is refused (409).
  NOT_RETRYABLE: 'OUTGOING_MAIL.NOT_RETRYABLE',
} as const;
export type NotificationErrorCode = (typeof NotificationErrorCodes)[keyof typeof NotificationErrorCodes];
