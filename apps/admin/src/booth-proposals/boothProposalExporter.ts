import type { BoothProposal } from '@summitdesk/contracts';
import { csvExporter } from '../common/csvExport';

// One row per proposal, amounts in minor units beside their currency, as the API keeps them.
export const boothProposalExporter = csvExporter<BoothProposal>(
  (proposal) => ({
    id: proposal.id,
    event: (proposal.event ?? proposal.newEvent)?.name,
    eventStartDate: (proposal.event ?? proposal.newEvent)?.startDate,
    proposer: proposal.proposerName,
    status: proposal.status,
    feeRequested: proposal.feeRequested,
    currency: proposal.currency,
    feeApproved: proposal.feeApproved,
    approvedCurrency: proposal.approvedCurrency,
    exchangeRate: proposal.exchangeRate,
    banner: proposal.banner,
    materials: proposal.materials.map((line) => `${line.itemId}×${line.quantityApproved ?? line.quantity}`).join(' '),
    expectedAttendance: proposal.expectedAttendance,
    visitors: proposal.report?.visitors,
    leads: proposal.report?.leads,
    createdAt: proposal.createdAt,
  }),
  'booth-proposals',
);
