import { Injectable } from '@nestjs/common';
import { SponsorshipStatuses, type SponsorshipActor } from '@summitdesk/contracts';
import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { SponsorsService } from '../sponsors/sponsors.service.js';
import { SponsorshipPackagesService } from '../sponsorship-packages/sponsorship-packages.service.js';
import { SponsorshipEntity } from './sponsorship.entity.js';
import { presentSponsorship } from './sponsorship.presenter.js';
import { Transactions } from '../common/transactions.js';

const listSpec: ListSpec = {
  resource: 'sponsorships',
  sortable: { createdAt: 'sponsorship.created_at', id: 'sponsorship.id', status: 'sponsorship.status' },
  filterable: {
    id: { column: 'sponsorship.id', type: 'int' },
    status: { column: 'sponsorship.status', type: 'text', values: SponsorshipStatuses },
    eventId: { column: 'sponsorship.event_id', type: 'int' },
    packageId: { column: 'sponsorship.package_id', type: 'int' },
    sponsorId: { column: 'sponsorship.sponsor_id', type: 'int' },
    createdAt: { column: 'sponsorship.created_at', type: 'instant', range: true },
  },
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'sponsorship.id',
};

// Reading sponsorships: organizers see all, a member those of the companies they are a contact of
// (one predicate for list, count and record, so no route can leak by forgetting it).
@Injectable()
export class SponsorshipsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly sponsors: SponsorsService,
    private readonly packages: SponsorshipPackagesService,
  ) {}

  async list(viewer: AuthUser, query: Record<string, unknown>) {
    const manager = this.transactions.reader;
    const qb = manager.getRepository(SponsorshipEntity).createQueryBuilder('sponsorship');
    const ownSponsors = await this.scope(manager, qb, viewer);
    const page = await findPage(qb, query, listSpec);
    const booths = await this.boothsOf(manager, page.rows);
    return Object.assign(page, {
      rows: page.rows.map((row) => presentSponsorship(row, booths.get(row.packageId) ?? null, hats(viewer, ownSponsors, row))),
    });
  }

  findOne(viewer: AuthUser, id: number) {
    return this.show(this.transactions.reader, viewer, id);
  }

  async show(manager: EntityManager, viewer: AuthUser, id: number) {
    const row = await this.findVisible(manager, viewer, id);
    const ownSponsors = viewer.role === 'organizer' ? [] : await this.sponsors.sponsorIdsOfContact(manager, viewer.id);
    const booths = await this.boothsOf(manager, [row]);
    return presentSponsorship(row, booths.get(row.packageId) ?? null, hats(viewer, ownSponsors, row));
  }

  // 404 for a sponsorship the viewer may not see (never leak that it exists).
  async findVisible(manager: EntityManager, viewer: AuthUser, id: number): Promise<SponsorshipEntity> {
    const qb = manager.getRepository(SponsorshipEntity).createQueryBuilder('sponsorship').where('sponsorship.id = :id', { id });
    await this.scope(manager, qb, viewer);
    const row = await qb.getOne();
    if (!row) throw notFound('Sponsorship');
    return row;
  }

  private async scope(manager: EntityManager, qb: SelectQueryBuilder<SponsorshipEntity>, viewer: AuthUser): Promise<number[]> {
    if (viewer.role === 'organizer') return [];
    const ownSponsors = await this.sponsors.sponsorIdsOfContact(manager, viewer.id);
    qb.andWhere('sponsorship.sponsor_id = ANY(:ownSponsors::int[])', { ownSponsors });
    return ownSponsors;
  }

  private async boothsOf(manager: EntityManager, rows: SponsorshipEntity[]): Promise<Map<number, number | null>> {
    const packages = await this.packages.findMany(
      manager,
      rows.map((row) => row.packageId),
    );
    return new Map([...packages].map(([id, found]) => [id, found.boothProposalId]));
  }
}

function hats(viewer: AuthUser, ownSponsors: number[], row: SponsorshipEntity): SponsorshipActor[] {
  if (viewer.role === 'organizer') return ['organizer'];
  return ownSponsors.includes(row.sponsorId) ? ['contact'] : [];
}
