// Error codes the announcement, digest and subscription routes answer with, beside the common ones.
export const NewsErrorCodes = {
  // A chair writes and changes only their own announcements; organizers change any.
  NOT_AN_AUTHOR: 'ANNOUNCEMENT.NOT_AN_AUTHOR',
  // A published announcement is retracted before it is deleted.
  PUBLISHED: 'ANNOUNCEMENT.PUBLISHED',
  PUBLISH_AT_PAST: 'ANNOUNCEMENT.PUBLISH_AT_PAST',
  UNKNOWN_SUGGESTION: 'ANNOUNCEMENT.UNKNOWN_SUGGESTION',
  DIGEST_SENT: 'DIGEST.SENT',
  BAD_WEEK: 'DIGEST.BAD_WEEK',
  // A confirmation or unsubscribe link that was not signed by us, or has expired.
  BAD_LINK: 'SUBSCRIPTION.BAD_LINK',
} as const;
export type NewsErrorCode = (typeof NewsErrorCodes)[keyof typeof NewsErrorCodes];

// The audit log's names for these records.
export const NewsAuditEntities = ['announcement', 'digest', 'subscriber'] as const;
