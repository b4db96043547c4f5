export const ContestErrorCodes = {
  BAD_WINDOWS: 'CONTEST.BAD_WINDOWS',
  BAD_AMOUNT: 'CONTEST.BAD_AMOUNT',
  NOT_EDITABLE: 'CONTEST.NOT_EDITABLE',
  ENTRIES_NOT_OPEN: 'CONTEST.ENTRIES_NOT_OPEN',
  VOTING_NOT_OPEN: 'CONTEST.VOTING_NOT_OPEN',
  NOT_A_WINNER: 'CONTEST.NOT_A_WINNER',
  ENTRY_NOT_EDITABLE: 'CONTEST_ENTRY.NOT_EDITABLE',
  ENTRY_NEEDS_ARTWORK: 'CONTEST_ENTRY.NEEDS_ARTWORK',
  ARTWORK_TOO_LARGE: 'CONTEST_ENTRY.ARTWORK_TOO_LARGE',
  ARTWORK_UNSUPPORTED: 'CONTEST_ENTRY.ARTWORK_UNSUPPORTED',
  ARTWORK_MISSING: 'CONTEST_ENTRY.ARTWORK_MISSING',
  ENTRY_NOT_VOTABLE: 'VOTE.ENTRY_NOT_VOTABLE',
  OWN_ENTRY: 'VOTE.OWN_ENTRY',
} as const;

// Accepted artwork, recognised by content; the file's name and declared type are never trusted.
export const ArtworkMediaTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
export type ArtworkMediaType = (typeof ArtworkMediaTypes)[number];
export const ARTWORK_MAX_BYTES = 10 * 1024 * 1024;
