import type { SponsorshipStatus } from './sponsorship.machine.js';

// Chip colours for the admin, kept beside the states so a new state cannot go uncoloured.
export const SponsorshipStatusColors: Record<SponsorshipStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary' | 'secondary'> = {
  pending: 'info',
  paid: 'success',
  partially_refunded: 'warning',
  refunded: 'secondary',
  expired: 'default',
  cancelled: 'default',
  disputed: 'error',
};
