import { Injectable } from '@nestjs/common';
import { ApprovedBoothProposalStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { isVisibleTo } from './booth-proposal-access.js';
import { BoothProposalEntity } from './booth-proposal.entity.js';
import type { Viewer } from './booth-proposal.presenter.js';

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
  // With a viewer, a booth they may not see (another member's draft) is absent, as on every booth route.
  async find(manager: EntityManager, id: number, viewer?: Viewer): Promise<SponsorableBooth | null> {
    const booth = await manager.findOne(BoothProposalEntity, {
      where: { id },
      select: { id: true, eventId: true, status: true, budgetId: true, approvedCurrency: true, proposerId: true },
    });
    if (!booth || (viewer && !isVisibleTo(booth, viewer))) return null;
    return {
      id: booth.id,
      eventId: booth.eventId,
      approved: ApprovedBoothProposalStatuses.includes(booth.status),
      budgetId: booth.budgetId,
      currency: booth.approvedCurrency,
    };
  }
}
