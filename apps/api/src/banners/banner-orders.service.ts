import { Injectable } from '@nestjs/common';
import { BannerErrorCodes, CommonErrorCodes, LedgerErrorCodes, type OrderBanner, type ReceiveBanner } from '@summitdesk/contracts';
import { AuditService } from '../audit-log/audit.service.js';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { LedgerService } from '../budgets/ledger.service.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import { checkAmount } from '../common/money.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { BannerOrderEntity } from './banner-order.entity.js';
import { presentBannerOrder } from './banner.presenter.js';
import { BannersService } from './banners.service.js';
import { budgetForBooth } from './budget-for-booth.js';
import { Transactions } from '../common/transactions.js';

const bannerOrderListSpec: ListSpec = {
  resource: 'banner-orders',
  sortable: { id: 'banner_order.id', createdAt: 'banner_order.created_at' },
  filterable: {
    id: { column: 'banner_order.id', type: 'int' },
    boothProposalId: { column: 'banner_order.booth_proposal_id', type: 'int' },
    bannerId: { column: 'banner_order.banner_id', type: 'int' },
  },
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'banner_order.id',
};

// A booth that asked for `order_new`: ordering records the expense, receiving adds the asset and
// assigns it to the booth, so that it can go out in the booth's shipment.
@Injectable()
export class BannerOrdersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly banners: BannersService,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(
      this.transactions.reader.getRepository(BannerOrderEntity).createQueryBuilder('banner_order'),
      query,
      bannerOrderListSpec,
      presentBannerOrder,
    );
  }

  order(actor: AuthUser, input: OrderBanner) {
    return this.transactions.run(async (manager) => {
      const booth = await lockForUpdate(manager, BoothProposalEntity, input.boothProposalId, 'Booth proposal');
      if (booth.banner !== 'order_new') {
        throw unprocessable(BannerErrorCodes.BOOTH_DID_NOT_ORDER, 'This booth did not ask for a new banner', {
          boothProposalId: `asks for banner "${booth.banner}"`,
        });
      }
      checkAmount(input.cost, 'cost', LedgerErrorCodes.BAD_AMOUNT, { positive: true, label: "The banner's cost" });
      const budget = await budgetForBooth(this.ledger, manager, booth, input.currency);
      const entry = await this.ledger.append(manager, actor, {
        budgetId: budget.id,
        kind: 'expense',
        amount: input.cost,
        currency: input.currency,
        boothProposalId: booth.id,
        memo: `Banner ordered for booth #${booth.id}: ${input.description}${input.supplier ? ` (${input.supplier})` : ''}`,
      });
      const order = await manager.save(
        BannerOrderEntity,
        manager.create(BannerOrderEntity, {
          ...input,
          supplier: input.supplier ?? null,
          ledgerEntryId: Number(entry.id),
          actorId: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        entity: 'banner_order',
        entityId: order.id,
        action: 'order',
        changes: { cost: { from: null, to: input.cost } },
        note: input.description,
      });
      return presentBannerOrder(order);
    });
  }

  receive(actor: AuthUser, id: number, input: ReceiveBanner) {
    return this.transactions.run(async (manager) => {
      const order = await manager
        .getRepository(BannerOrderEntity)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :id', { id })
        .getOne();
      if (!order) throw notFound('Banner order');
      if (order.bannerId)
        throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, `This order already arrived as banner #${order.bannerId}`, {
          bannerId: 'is set',
        });
      const banner = await this.banners.insert(
        manager,
        actor,
        { tag: input.tag, description: order.description, condition: input.condition },
        `Arrived from order #${order.id}`,
      );
      order.bannerId = banner.id;
      order.receivedAt = new Date();
      await manager.save(BannerOrderEntity, order);
      const booth = await lockForUpdate(manager, BoothProposalEntity, order.boothProposalId, 'Booth proposal');
      const before = booth.bannerId;
      await saveVersioned(manager, BoothProposalEntity, booth, { bannerId: banner.id });
      await this.audit.record(manager, actor, {
        entity: 'booth_proposal',
        entityId: booth.id,
        action: 'assign_banner',
        changes: { bannerId: { from: before, to: banner.id } },
        note: `New banner ${banner.tag} arrived`,
      });
      await this.audit.record(manager, actor, {
        entity: 'banner_order',
        entityId: order.id,
        action: 'receive',
        note: `Banner ${banner.tag}`,
      });
      return presentBannerOrder(order);
    });
  }
}
