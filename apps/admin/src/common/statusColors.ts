import type {
  AnnouncementStatus,
  DigestStatus,
  BannerLocation,
  BoothProposalStatus,
  BoothShiftStatus,
  ContestEntryStatus,
  ContestStatus,
  EventStatus,
  ShipmentStatus,
  SponsorshipStatus,
  SubmissionStatus,
} from '@summitdesk/contracts';

// How each state looks in a chip: presentation, so it lives in the admin, not in the contracts.
type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';
type StatusColors<S extends string> = Record<S, ChipColor>;

export const eventStatusColors: StatusColors<EventStatus> = {
  planned: 'default',
  confirmed: 'info',
  held: 'success',
  cancelled: 'error',
};

export const shipmentStatusColors: StatusColors<ShipmentStatus> = {
  requested: 'default',
  packed: 'info',
  shipped: 'primary',
  delivered: 'success',
  lost: 'error',
  cancelled: 'default',
};

export const boothShiftStatusColors: StatusColors<BoothShiftStatus> = {
  offered: 'info',
  confirmed: 'success',
  declined: 'error',
  cancelled: 'default',
};

export const boothProposalStatusColors: StatusColors<BoothProposalStatus> = {
  draft: 'default',
  submitted: 'info',
  in_review: 'info',
  changes_requested: 'warning',
  approved: 'primary',
  funded: 'primary',
  shipped: 'secondary',
  held: 'secondary',
  reported: 'success',
  closed: 'success',
  rejected: 'error',
  withdrawn: 'default',
  cancelled: 'error',
};

export const contestEntryStatusColors: StatusColors<ContestEntryStatus> = {
  pending: 'default',
  approved: 'success',
  hidden: 'error',
};

export const contestStatusColors: StatusColors<ContestStatus> = {
  draft: 'default',
  upcoming: 'info',
  entries_open: 'primary',
  entries_closed: 'warning',
  voting: 'secondary',
  closed: 'success',
  awarded: 'success',
};

export const bannerLocationColors: StatusColors<BannerLocation> = {
  warehouse: 'success',
  in_transit: 'primary',
  at_event: 'secondary',
  lost: 'error',
};

export const sponsorshipStatusColors: StatusColors<SponsorshipStatus> = {
  pending: 'info',
  paid: 'success',
  partially_refunded: 'warning',
  refunded: 'secondary',
  expired: 'default',
  cancelled: 'default',
  disputed: 'error',
};

export const submissionStatusColors: StatusColors<SubmissionStatus> = {
  draft: 'default',
  submitted: 'info',
  in_review: 'info',
  accepted: 'success',
  rejected: 'error',
  waitlisted: 'warning',
  confirmed: 'success',
  declined: 'default',
  withdrawn: 'default',
};

export const announcementStatusColors: StatusColors<AnnouncementStatus> = {
  draft: 'default',
  scheduled: 'info',
  published: 'success',
};

export const digestStatusColors: StatusColors<DigestStatus> = {
  draft: 'default',
  sent: 'success',
};
