import { Injectable } from '@nestjs/common';
import { formatMoney } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { BoothSponsorshipFacts } from '../booth-proposals/booth-sponsorship-facts.js';
import { LedgerService, type SponsorshipMoney } from '../budgets/ledger.service.js';
import type { OutgoingMessage } from '../notifications/notifications.service.js';
import type { SponsorshipEntity } from './sponsorship.entity.js';
import { sponsorshipFacts, type SponsorshipFacts } from './sponsorships.repository.js';

export type SponsorshipContext = {
  packageName: string;
  eventName: string;
  sponsorName: string;
  boothProposalId: number | null;
  // The event's first day (its year picks the budget), read with the rest: not read again for the money.
  eventStartDate: string | null;
  // Read with the rest, so that a payment step reads nothing else about the sponsorship.
  contactIds: number[];
  budget: SponsorshipMoney['budget'] | null;
};

// Where a sponsorship's money lands in the books, and the words its mails and memos use. A booth
// package credits the booth's own budget and names the booth; any other the event year's budget.
@Injectable()
export class SponsorshipMoneyService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly booths: BoothSponsorshipFacts,
  ) {}

  async context(manager: EntityManager, row: SponsorshipEntity): Promise<SponsorshipContext> {
    return (await this.contexts(manager, [row]))[0]!;
  }

  // The contexts of many sponsorships in one statement, in order.
  async contexts(manager: EntityManager, rows: SponsorshipEntity[]): Promise<SponsorshipContext[]> {
    const facts = await sponsorshipFacts(manager, rows);
    return rows.map((row, index) => contextOf(row, facts[index]!));
  }

  async money(manager: EntityManager, row: SponsorshipEntity, context: SponsorshipContext, amount: number): Promise<SponsorshipMoney> {
    const booth = context.boothProposalId ? await this.booths.find(manager, context.boothProposalId) : null;
    const year = context.eventStartDate ? Number(context.eventStartDate.slice(0, 4)) : row.createdAt.getUTCFullYear();
    // No budget for the year: budgetFor refuses with the message an organizer acts on.
    const budget = booth?.budgetId ? undefined : (context.budget ?? (await this.ledger.budgetFor(manager, year, row.currency)));
    const budgetId = booth?.budgetId ?? budget!.id;
    const boothNote = booth ? ` (booth #${booth.id})` : '';
    const memo = `${context.sponsorName}: ${context.packageName} sponsorship of ${context.eventName}${boothNote}`;
    return { budgetId, sponsorshipId: row.id, boothProposalId: booth?.id ?? null, amount, currency: row.currency, memo, budget };
  }

  // The mail to each of the sponsor's contacts (read with the context).
  mailContacts(
    context: SponsorshipContext,
    mail: Extract<OutgoingMessage, { kind: 'sponsorship_paid' | 'sponsorship_refunded' }>,
  ): OutgoingMessage[] {
    return context.contactIds.map((toUserId) => ({ ...mail, toUserId }));
  }

  // The names a sponsorship's mails use.
  mailNames(context: SponsorshipContext) {
    return { sponsorName: context.sponsorName, packageName: context.packageName, eventName: context.eventName };
  }

  format(amount: number, currency: string) {
    return formatMoney(amount, currency);
  }
}

function contextOf(row: SponsorshipEntity, facts: SponsorshipFacts): SponsorshipContext {
  return {
    packageName: facts.packageName ?? 'Sponsorship',
    eventName: facts.eventName ?? `event ${row.eventId}`,
    sponsorName: facts.sponsorName ?? `Sponsor ${row.sponsorId}`,
    boothProposalId: facts.boothProposalId,
    eventStartDate: facts.eventStartDate,
    contactIds: facts.contactIds,
    budget: facts.budget,
  };
}
