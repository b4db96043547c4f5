import { Injectable } from '@nestjs/common';
import { SponsorshipPublicStatuses, type BoothSponsorship, type PublicEventSponsors, type PublicSponsor } from '@summitdesk/contracts';
import { In } from 'typeorm';
import { BoothSponsorshipFacts } from '../booth-proposals/booth-sponsorship-facts.js';
import { LedgerService } from '../budgets/ledger.service.js';
import { notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { EventsService } from '../events/events.service.js';
import { SponsorsService } from '../sponsors/sponsors.service.js';
import { SponsorshipPackagesService } from '../sponsorship-packages/sponsorship-packages.service.js';
import { SponsorshipEntity } from './sponsorship.entity.js';
import { Transactions } from '../common/transactions.js';

// Who sponsors what, as the public pages and the booth page show it: paid sponsorships only, logos
// only of verified sponsors (SponsorsService decides), tiers dearest first.
@Injectable()
export class SponsorShowcaseService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventsService,
    private readonly packages: SponsorshipPackagesService,
    private readonly sponsors: SponsorsService,
    private readonly booths: BoothSponsorshipFacts,
    private readonly ledger: LedgerService,
  ) {}

  async forEvent(slug: string): Promise<PublicEventSponsors> {
    const event = await this.events.findBySlug(slug);
    const manager = this.transactions.reader;
    const offers = await this.packages.forEvent(manager, event.id);
    const sold = await manager.find(SponsorshipEntity, {
      where: { eventId: event.id, status: In([...SponsorshipPublicStatuses]) },
      order: { paidAt: 'ASC', id: 'ASC' },
    });
    const faces = await this.sponsors.publicSponsors(
      manager,
      sold.map((row) => row.sponsorId),
    );
    const sponsorsOf = (packageIds: number[]) =>
      unique(sold.filter((row) => packageIds.includes(row.packageId)).map((row) => faces.get(row.sponsorId)!));
    const tiers = offers
      .filter((offer) => !offer.boothProposalId)
      .map((offer) => ({ name: offer.name, price: offer.price, currency: offer.currency, sponsors: sponsorsOf([offer.id]) }))
      .filter((tier) => tier.sponsors.length > 0);
    const boothIds = unique(offers.flatMap((offer) => (offer.boothProposalId ? [offer.boothProposalId] : [])));
    const booths = boothIds
      .map((boothProposalId) => ({
        boothProposalId,
        sponsors: sponsorsOf(offers.filter((offer) => offer.boothProposalId === boothProposalId).map((offer) => offer.id)),
      }))
      .filter((booth) => booth.sponsors.length > 0);
    return { eventId: event.id, tiers, booths };
  }

  // The booth's page beside the booth record: 404 for a booth the viewer may not see.
  async forBooth(viewer: AuthUser, boothProposalId: number): Promise<BoothSponsorship> {
    const manager = this.transactions.reader;
    const booth = await this.booths.find(manager, boothProposalId, viewer);
    if (!booth) throw notFound('Booth proposal');
    const offers = await this.packages.forBooth(manager, boothProposalId);
    const sold = offers.length
      ? await manager.find(SponsorshipEntity, {
          where: { packageId: In(offers.map((offer) => offer.id)), status: In([...SponsorshipPublicStatuses]) },
          order: { id: 'ASC' },
        })
      : [];
    const faces = await this.sponsors.publicSponsors(
      manager,
      sold.map((row) => row.sponsorId),
    );
    const [funding] = await this.ledger.boothFunding(manager, [boothProposalId]);
    return {
      boothProposalId,
      sponsors: unique(sold.map((row) => faces.get(row.sponsorId)!)),
      currency: funding?.currency ?? booth.currency,
      approved: funding?.approved ?? 0,
      sponsored: funding?.sponsored ?? 0,
      costToProgram: funding?.costToProgram ?? 0,
    };
  }
}

function unique<T extends number | PublicSponsor>(values: T[]): T[] {
  const seen = new Set<number>();
  return values.filter((value) => {
    const key = typeof value === 'number' ? value : value.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
