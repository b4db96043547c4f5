import { Injectable } from '@nestjs/common';
import { ApprovedBoothProposalStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { BoothProposalEntity } from './booth-proposal.entity.js';

export type SponsorableBooth = {
  id: number;
  eventId: number | null;
  approved: boolean;
  // The budget the approval drew on, and its currency: a booth's sponsorship money lands there.
  budgetId: number | null;
  currency: string | null;
};

// What the sponsorships feature needs to know about a booth, so that it never reads booth_proposal.
@Injectable()
export class BoothSponsorshipFacts {
  async find(manager: EntityManager, id: number): Promise<SponsorableBooth | null> {
    const booth = await manager.findOne(BoothProposalEntity, {
      where: { id },
      select: { id: true, eventId: true, status: true, budgetId: true, approvedCurrency: true },
    });
    if (!booth) return null;
    return {
      id: booth.id,
      eventId: booth.eventId,
      approved: ApprovedBoothProposalStatuses.includes(booth.status),
      budgetId: booth.budgetId,
      currency: booth.approvedCurrency,
    };
  }
}
