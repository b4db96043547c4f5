import { Injectable } from '@nestjs/common';
import { formatMoney } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { BoothSponsorshipFacts } from '../booth-proposals/booth-sponsorship-facts.js';
import { LedgerService, type SponsorshipMoney } from '../budgets/ledger.service.js';
import { EventsService } from '../events/events.service.js';
import type { OutgoingMessage } from '../notifications/notifications.service.js';
import { SponsorsService } from '../sponsors/sponsors.service.js';
import { SponsorshipPackagesService } from '../sponsorship-packages/sponsorship-packages.service.js';
import type { SponsorshipEntity } from './sponsorship.entity.js';

export type SponsorshipContext = {
  packageName: string;
  eventName: string;
  sponsorName: string;
  boothProposalId: number | null;
  // The event's first day (its year picks the budget), read with the rest: not read again for the money.
  eventStartDate?: string | null;
};

// Where a sponsorship's money lands in the books, and the words its mails and memos use. A booth
// package credits the booth's own budget and names the booth; any other the event year's budget.
@Injectable()
export class SponsorshipMoneyService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly packages: SponsorshipPackagesService,
    private readonly booths: BoothSponsorshipFacts,
    private readonly events: EventsService,
    private readonly sponsors: SponsorsService,
  ) {}

  async context(manager: EntityManager, row: SponsorshipEntity): Promise<SponsorshipContext> {
    const found = (await this.packages.findMany(manager, [row.packageId])).get(row.packageId);
    const event = await this.events.findIn(manager, row.eventId);
    const sponsorName = (await this.sponsors.names(manager, [row.sponsorId])).get(row.sponsorId) ?? `Sponsor ${row.sponsorId}`;
    return {
      packageName: found?.name ?? 'Sponsorship',
      eventName: event?.name ?? `event ${row.eventId}`,
      sponsorName,
      boothProposalId: found?.boothProposalId ?? null,
      eventStartDate: event?.startDate ?? null,
    };
  }

  async money(manager: EntityManager, row: SponsorshipEntity, context: SponsorshipContext, amount: number): Promise<SponsorshipMoney> {
    const booth = context.boothProposalId ? await this.booths.find(manager, context.boothProposalId) : null;
    const year = async () => (context.eventStartDate ? Number(context.eventStartDate.slice(0, 4)) : this.eventYear(manager, row));
    const budget = booth?.budgetId ? undefined : await this.ledger.budgetFor(manager, await year(), row.currency);
    const budgetId = booth?.budgetId ?? budget!.id;
    const boothNote = booth ? ` (booth #${booth.id})` : '';
    const memo = `${context.sponsorName}: ${context.packageName} sponsorship of ${context.eventName}${boothNote}`;
    return { budgetId, sponsorshipId: row.id, boothProposalId: booth?.id ?? null, amount, currency: row.currency, memo, budget };
  }

  async mailContacts(
    manager: EntityManager,
    row: SponsorshipEntity,
    mail: Extract<OutgoingMessage, { kind: 'sponsorship_paid' | 'sponsorship_refunded' }>,
  ): Promise<OutgoingMessage[]> {
    const contactIds = await this.sponsors.contactIdsOf(manager, row.sponsorId);
    return contactIds.map((toUserId) => ({ ...mail, toUserId }));
  }

  format(amount: number, currency: string) {
    return formatMoney(amount, currency);
  }

  private async eventYear(manager: EntityManager, row: SponsorshipEntity): Promise<number> {
    const event = await this.events.findIn(manager, row.eventId);
    return Number((event?.startDate ?? row.createdAt.toISOString()).slice(0, 4));
  }
}
