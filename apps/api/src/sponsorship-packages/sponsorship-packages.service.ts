import { Injectable } from '@nestjs/common';
import {
  SponsorshipErrorCodes,
  type CreateSponsorshipPackage,
  type SponsorshipPackage,
  type UpdateSponsorshipPackage,
} from '@summitdesk/contracts';
import { In, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { BoothSponsorshipFacts } from '../booth-proposals/booth-sponsorship-facts.js';
import { LedgerService } from '../budgets/ledger.service.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { checkAmount } from '../common/money.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { EventsService } from '../events/events.service.js';
import type { PackageSales, PackageSalesCounter } from './package-sales.js';
import { SponsorshipPackageEntity } from './sponsorship-package.entity.js';
import { Transactions } from '../common/transactions.js';

const listSpec: ListSpec = {
  resource: 'sponsorship-packages',
  sortable: { price: 'package.price', name: 'package.name', id: 'package.id', salesCloseAt: 'package.sales_close_at' },
  filterable: {
    id: { column: 'package.id', type: 'int' },
    eventId: { column: 'package.event_id', type: 'int' },
    boothProposalId: { column: 'package.booth_proposal_id', type: 'int' },
    currency: { column: 'package.currency', type: 'text' },
  },
  search: 'package.name',
  defaultSort: ['price', 'DESC'],
  idColumn: 'package.id',
};

const PG_FOREIGN_KEY_VIOLATION = '23503';
const noSales: PackageSalesCounter = async () => new Map();

// Packages for sale per event. Owns sponsorship_package; the sponsorships feature locks a package
// through lockForSale before it counts and takes a place.
@Injectable()
export class SponsorshipPackagesService {
  private countSales: PackageSalesCounter = noSales;

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly booths: BoothSponsorshipFacts,
    private readonly ledger: LedgerService,
  ) {}

  countSalesWith(counter: PackageSalesCounter): void {
    this.countSales = counter;
  }

  async list(query: Record<string, unknown>) {
    const page = await findPage(
      this.transactions.reader.getRepository(SponsorshipPackageEntity).createQueryBuilder('package'),
      query,
      listSpec,
    );
    const sales = await this.countSales(
      this.transactions.reader,
      page.rows.map((row) => row.id),
    );
    return Object.assign(page, { rows: page.rows.map((row) => presentPackage(row, sales.get(row.id))) });
  }

  findOne(id: number) {
    return this.show(this.transactions.reader, id);
  }

  create(actor: AuthUser, input: CreateSponsorshipPackage) {
    return this.transactions.run(async (manager) => {
      await this.check(manager, input);
      const created = await manager.save(SponsorshipPackageEntity, manager.create(SponsorshipPackageEntity, fields(input)));
      await this.audit.record(manager, actor, {
        entity: 'sponsorship_package',
        entityId: created.id,
        action: 'create',
        changes: { price: { from: null, to: created.price }, quantity: { from: null, to: created.quantity } },
        note: created.name,
      });
      return this.show(manager, created.id);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateSponsorshipPackage) {
    return this.transactions.run(async (manager) => {
      const current = await lockForUpdate(manager, SponsorshipPackageEntity, id, 'Sponsorship package', input.version);
      if (input.eventId !== current.eventId) {
        throw unprocessable(
          SponsorshipErrorCodes.PACKAGE_OF_ANOTHER_EVENT,
          'A package stays with its event; create a new one for another event',
          { eventId: 'cannot change' },
        );
      }
      await this.check(manager, input);
      const sales = (await this.countSales(manager, [id])).get(id) ?? { sold: 0, held: 0 };
      if (input.quantity < sales.sold + sales.held) {
        throw unprocessable(
          SponsorshipErrorCodes.QUANTITY_BELOW_SOLD,
          `${sales.sold + sales.held} of these are sold or held by a checkout; the quantity cannot be lower`,
          { quantity: `must be at least ${sales.sold + sales.held}` },
        );
      }
      const patch = fields(input);
      const changes = changedFields(current, patch);
      await saveVersioned(manager, SponsorshipPackageEntity, current, patch);
      await this.audit.record(manager, actor, { entity: 'sponsorship_package', entityId: id, action: 'update', changes });
      return this.show(manager, id);
    });
  }

  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      await lockForUpdate(manager, SponsorshipPackageEntity, id, 'Sponsorship package');
      const shown = await this.show(manager, id);
      try {
        await manager.delete(SponsorshipPackageEntity, { id });
      } catch (error) {
        if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === PG_FOREIGN_KEY_VIOLATION) {
          throw conflict(
            SponsorshipErrorCodes.PACKAGE_IN_USE,
            'This package has sponsorships; it cannot be deleted (close its sales window instead)',
          );
        }
        throw error;
      }
      await this.audit.record(manager, actor, { entity: 'sponsorship_package', entityId: id, action: 'delete', note: shown.name });
      return shown;
    });
  }

  // ---- for the sponsorships feature ----

  // The package, locked for the rest of the transaction: purchases of one package queue here, so
  // counting the places left and taking one cannot interleave.
  async lockForSale(manager: EntityManager, id: number): Promise<SponsorshipPackageEntity> {
    const found = await manager
      .getRepository(SponsorshipPackageEntity)
      .createQueryBuilder('package')
      .setLock('pessimistic_write')
      .where('package.id = :id', { id })
      .getOne();
    if (!found)
      throw unprocessable(SponsorshipErrorCodes.REFERENCE_NOT_FOUND, 'No such sponsorship package', { packageId: 'does not exist' });
    return found;
  }

  async findMany(manager: EntityManager, ids: number[]): Promise<Map<number, SponsorshipPackageEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.findBy(SponsorshipPackageEntity, { id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async forEvent(manager: EntityManager, eventId: number): Promise<SponsorshipPackageEntity[]> {
    return manager.find(SponsorshipPackageEntity, { where: { eventId }, order: { price: 'DESC', id: 'ASC' } });
  }

  async forBooth(manager: EntityManager, boothProposalId: number): Promise<SponsorshipPackageEntity[]> {
    return manager.find(SponsorshipPackageEntity, { where: { boothProposalId }, order: { id: 'ASC' } });
  }

  private async show(manager: EntityManager, id: number): Promise<SponsorshipPackage> {
    const found = await manager.findOneBy(SponsorshipPackageEntity, { id });
    if (!found) throw notFound('Sponsorship package');
    return presentPackage(found, (await this.countSales(manager, [id])).get(id));
  }

  // The money lands in a budget: the booth's own for a booth package, else the event year's budget in
  // the package's currency. Checked now, so that a paid webhook never finds nowhere to book.
  private async check(manager: EntityManager, input: CreateSponsorshipPackage) {
    checkAmount(input.price, 'price', SponsorshipErrorCodes.BAD_AMOUNT, { positive: true });
    const event = await this.events.findIn(manager, input.eventId);
    if (!event) throw unprocessable(SponsorshipErrorCodes.REFERENCE_NOT_FOUND, 'No such event', { eventId: 'does not exist' });
    if (input.boothProposalId) {
      const booth = await this.booths.find(manager, input.boothProposalId);
      if (!booth)
        throw unprocessable(SponsorshipErrorCodes.REFERENCE_NOT_FOUND, 'No such booth proposal', { boothProposalId: 'does not exist' });
      if (booth.eventId !== input.eventId) {
        throw unprocessable(SponsorshipErrorCodes.BOOTH_OF_ANOTHER_EVENT, 'That booth is at another event', {
          boothProposalId: 'is at another event',
        });
      }
      if (!booth.approved || !booth.budgetId) {
        throw unprocessable(SponsorshipErrorCodes.BOOTH_NOT_APPROVED, 'Only an approved booth can be sponsored', {
          boothProposalId: 'is not approved',
        });
      }
      if (booth.currency !== input.currency) {
        throw unprocessable(
          SponsorshipErrorCodes.CURRENCY_MISMATCH,
          `The booth's budget is kept in ${booth.currency}; price the package in ${booth.currency}`,
          { currency: `must be ${booth.currency}` },
        );
      }
      return;
    }
    await this.ledger.budgetFor(manager, Number(event.startDate.slice(0, 4)), input.currency);
  }
}

function fields(input: CreateSponsorshipPackage): Partial<SponsorshipPackageEntity> {
  return {
    eventId: input.eventId,
    name: input.name,
    price: input.price,
    currency: input.currency,
    benefits: input.benefits,
    quantity: input.quantity,
    salesOpenAt: new Date(input.salesOpenAt),
    salesCloseAt: new Date(input.salesCloseAt),
    boothProposalId: input.boothProposalId ?? null,
  };
}

function presentPackage(row: SponsorshipPackageEntity, sales: PackageSales = { sold: 0, held: 0 }, now = Date.now()): SponsorshipPackage {
  const available = Math.max(0, row.quantity - sales.sold - sales.held);
  return {
    id: row.id,
    eventId: row.eventId,
    name: row.name,
    price: row.price,
    currency: row.currency,
    benefits: row.benefits,
    quantity: row.quantity,
    sold: sales.sold,
    held: sales.held,
    available,
    salesOpenAt: row.salesOpenAt.toISOString(),
    salesCloseAt: row.salesCloseAt.toISOString(),
    onSale: available > 0 && row.salesOpenAt.getTime() <= now && now < row.salesCloseAt.getTime(),
    boothProposalId: row.boothProposalId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
