// The error body every route answers with; `errors` is the per-field shape react-admin shows beside inputs.
export type ErrorBody = {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  errors?: Record<string, string>;
};

export const CommonErrorCodes = {
  VALIDATION: 'REQUEST.VALIDATION_FAILED',
  MALFORMED_JSON: 'REQUEST.MALFORMED_JSON',
  TOO_LARGE: 'REQUEST.TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  BAD_LIST_QUERY: 'REQUEST.BAD_LIST_QUERY',
  NOT_FOUND: 'RECORD.NOT_FOUND',
  // A body names a record (by id) that does not exist or the caller may not see: one code for every
  // feature, answered with 422 since the request itself was well formed.
  REFERENCE_MISSING: 'RECORD.REFERENCE_MISSING',
  STALE_VERSION: 'RECORD.STALE_VERSION',
  DUPLICATE: 'RECORD.DUPLICATE',
  ILLEGAL_TRANSITION: 'RECORD.ILLEGAL_TRANSITION',
  UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  BAD_CREDENTIALS: 'AUTH.BAD_CREDENTIALS',
  WEAK_PASSWORD: 'AUTH.WEAK_PASSWORD',
  EMAIL_TAKEN: 'AUTH.EMAIL_TAKEN',
  RATE_LIMITED: 'REQUEST.RATE_LIMITED',
  BAD_TOKEN: 'AUTH.BAD_TOKEN',
  EMAIL_ALREADY_VERIFIED: 'AUTH.EMAIL_ALREADY_VERIFIED',
  EMAIL_NOT_VERIFIED: 'AUTH.EMAIL_NOT_VERIFIED',
  // The database is out of reach for a moment (a restart, a failover): 503, try again shortly.
  UNAVAILABLE: 'SERVER.UNAVAILABLE',
} as const;
