import type { BoothProposal, BoothProposalReport } from '@summitdesk/contracts';
import type { BoothProposalEntity } from './booth-proposal.entity.js';

// What the caller may see: the proposer and organizers see everything; other members (who see
// approved booths to volunteer for them) do not see the shipping address or the review notes.
export type Viewer = { id: number; role: 'member' | 'organizer' };

const canSeePrivateParts = (proposal: BoothProposalEntity, viewer: Viewer) =>
  viewer.role === 'organizer' || proposal.proposerId === viewer.id;

export function presentBoothProposal(proposal: BoothProposalEntity, viewer: Viewer): BoothProposal {
  const full = canSeePrivateParts(proposal, viewer);
  const event = proposal.event;
  return {
    id: proposal.id,
    eventId: proposal.eventId,
    event: event
      ? {
          id: event.id,
          name: event.name,
          slug: event.slug,
          startDate: event.startDate,
          endDate: event.endDate,
          timeZone: event.timeZone,
          city: event.city,
          country: event.country,
        }
      : null,
    newEvent: proposal.newEvent,
    proposerId: proposal.proposerId,
    proposerName: proposal.proposer?.name ?? '',
    reviewerId: proposal.reviewerId,
    status: proposal.status,
    pitch: proposal.pitch,
    expectedAttendance: proposal.expectedAttendance,
    staffingPlan: proposal.staffingPlan,
    feeRequested: proposal.feeRequested,
    currency: proposal.currency,
    feeApproved: proposal.feeApproved,
    approvedCurrency: proposal.approvedCurrency,
    exchangeRate: proposal.exchangeRate,
    budgetId: proposal.budgetId,
    materials: (proposal.materials ?? [])
      .map((line) => ({ itemId: line.itemId, quantity: line.quantity, quantityApproved: line.quantityApproved }))
      .sort((a, b) => a.itemId - b.itemId),
    banner: proposal.banner,
    bannerId: proposal.bannerId,
    bannerApproved: proposal.bannerApproved,
    shippingAddress: full ? proposal.shippingAddress : null,
    neededBy: proposal.neededBy,
    receivingWindow: proposal.receivingFrom && proposal.receivingTo ? { from: proposal.receivingFrom, to: proposal.receivingTo } : null,
    openingHours: proposal.openingHours,
    overBudgetReason: full ? proposal.overBudgetReason : null,
    reviewNote: full ? proposal.reviewNote : null,
    report: presentReport(proposal),
    statusChangedAt: proposal.statusChangedAt.toISOString(),
    version: proposal.version,
    createdAt: proposal.createdAt.toISOString(),
    updatedAt: proposal.updatedAt.toISOString(),
  };
}

function presentReport(proposal: BoothProposalEntity): BoothProposalReport | null {
  const photos = proposal.photos ?? [];
  if (!proposal.reportedAt && photos.length === 0) return null;
  return {
    visitors: proposal.reportVisitors,
    leads: proposal.reportLeads,
    actualSpend: proposal.reportActualSpend,
    currency: proposal.reportCurrency,
    lessons: proposal.reportLessons,
    filedAt: proposal.reportedAt?.toISOString() ?? null,
    photos: photos
      .sort((a, b) => a.id - b.id)
      .map((photo) => ({
        id: photo.id,
        url: `/api/booth-proposals/${proposal.id}/photos/${photo.id}`,
        mediaType: photo.mediaType,
        size: photo.sizeBytes,
        createdAt: photo.createdAt.toISOString(),
      })),
  };
}
