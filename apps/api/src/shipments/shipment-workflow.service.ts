import { Injectable } from '@nestjs/common';
import {
  CommonErrorCodes,
  shipmentMachine,
  ShipmentActionsNeedingReason,
  ShipmentErrorCodes,
  type DeliverShipmentBody,
  type ShipmentAction,
  type ShipmentActionBody,
  type ShipShipmentBody,
  type ShipmentStatus,
  type Role,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { BannerCustodyService, type HandOver } from '../banners/banner-custody.service.js';
import { BannerEntity } from '../banners/banner.entity.js';
import { budgetForBooth } from '../banners/budget-for-booth.js';
import { BoothProposalWorkflowService } from '../booth-proposals/booth-proposal-workflow.service.js';
import { LedgerService } from '../budgets/ledger.service.js';
import { unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { StockService, type ItemQuantity } from '../stock-movements/stock.service.js';
import { ShipmentLinesService } from './shipment-lines.service.js';
import type { ShipmentLineEntity } from './shipment-line.entity.js';
import { presentShipment } from './shipment.presenter.js';
import { checkCost, checkTracking } from './shipment-rules.js';
import { ShipmentEntity } from './shipment.entity.js';
import { loadShipment } from './shipments.service.js';
import { Transactions } from '../common/transactions.js';

type Step = { patch?: Partial<ShipmentEntity>; changes?: Record<string, { from: unknown; to: unknown }>; note?: string | null };
// `reason` is set (and required) for the moves the contracts say need one.
type Parcel = { shipment: ShipmentEntity; items: ItemQuantity[]; banners: BannerEntity[]; conditions: Map<number, string>; reason: string };

// The parcel's moves. Each runs in one transaction: the machine's verdict, stock and banner
// movements, the ledger, the booth's progress, the audit row and the mail commit together.
@Injectable()
export class ShipmentWorkflowService {
  private readonly workflow: Workflow<ShipmentEntity, ShipmentStatus, ShipmentAction, Role>;

  constructor(
    private readonly transactions: Transactions,
    private readonly transitions: TransitionRunner,
    private readonly stock: StockService,
    private readonly custody: BannerCustodyService,
    private readonly ledger: LedgerService,
    private readonly lines: ShipmentLinesService,
    private readonly booths: BoothProposalWorkflowService,
    private readonly notifications: NotificationsService,
  ) {
    this.workflow = {
      entity: ShipmentEntity,
      label: 'Shipment',
      auditEntity: 'shipment',
      machine: shipmentMachine,
      // The proposer hears that the parcel left; the booth moves on once its last parcel has.
      after: async ({ manager, saved, action, actor }) => {
        const shipment = (await loadShipment(manager, saved.id))!;
        if (action === 'ship') await this.tellProposer(manager, shipment);
        if (action === 'ship' || action === 'cancel') await this.progressBooth(manager, actor!, shipment);
      },
    };
  }

  pack(actor: AuthUser, id: number, body: ShipmentActionBody) {
    return this.run(actor, id, 'pack', body, async (manager, { shipment, items, banners, conditions }) => {
      // Only parcels leaving the warehouse take stock; returns and forwards carry what is at a booth.
      if (this.fromWarehouse(shipment)) await this.stock.reserve(manager, actor, shipment.id, items);
      for (const banner of banners) {
        await this.custody.handOver(manager, actor, banner, {
          ...this.stay(banner, shipment),
          holder: `Packed for shipment #${shipment.id} by ${actor.name}`,
          condition: conditions.get(banner.id),
        });
      }
      return { patch: { packedAt: new Date() } };
    });
  }

  ship(actor: AuthUser, id: number, body: ShipShipmentBody) {
    return this.run(actor, id, 'ship', body, async (manager, { shipment, items, banners, conditions }) => {
      const tracking = checkTracking(body.carrier, body.trackingNumber, true);
      const booth = shipment.booth!;
      const money = checkCost(body.cost ?? shipment.cost, body.currency ?? shipment.currency, booth.approvedCurrency ?? booth.currency);
      if (this.fromWarehouse(shipment)) await this.stock.ship(manager, actor, shipment.id, items);
      const holder = `${tracking.carrier} ${tracking.trackingNumber}`;
      for (const banner of banners) {
        await this.custody.handOver(manager, actor, banner, {
          location: 'in_transit',
          boothProposalId: shipment.boothProposalId,
          shipmentId: shipment.id,
          holder,
          condition: conditions.get(banner.id),
        });
      }
      let ledgerEntryId: number | null = null;
      if (money.cost && money.currency) {
        const budget = await budgetForBooth(this.ledger, manager, booth, money.currency, booth.event?.timeZone);
        const memo = `Shipping: shipment #${shipment.id} (${shipment.direction}) for ${this.eventName(shipment)} by ${holder}`;
        const entry = await this.ledger.append(manager, actor, {
          budgetId: budget.id,
          kind: 'expense',
          amount: money.cost,
          currency: money.currency,
          boothProposalId: booth.id,
          shipmentId: shipment.id,
          memo,
        });
        ledgerEntryId = Number(entry.id);
      }
      const patch = { ...tracking, ...money, service: body.service ?? shipment.service, shippedAt: new Date(), ledgerEntryId };
      return {
        patch,
        changes: {
          carrier: { from: shipment.carrier, to: tracking.carrier },
          trackingNumber: { from: shipment.trackingNumber, to: tracking.trackingNumber },
          cost: { from: null, to: money.cost },
        },
      };
    });
  }

  deliver(actor: AuthUser, id: number, body: DeliverShipmentBody) {
    return this.run(actor, id, 'deliver', body, async (manager, { shipment, items, banners, conditions }) => {
      const deliveredAt = body.deliveredAt ? new Date(body.deliveredAt) : new Date();
      if (deliveredAt.getTime() > Date.now() + 60_000)
        throw unprocessable(CommonErrorCodes.VALIDATION, 'A parcel cannot be delivered in the future', { deliveredAt: 'is in the future' });
      if (shipment.shippedAt && deliveredAt < shipment.shippedAt) {
        throw unprocessable(
          CommonErrorCodes.VALIDATION,
          `The parcel was shipped on ${shipment.shippedAt.toISOString()}; it cannot arrive before that`,
          { deliveredAt: 'is before the parcel was shipped' },
        );
      }
      if (shipment.direction === 'return') {
        await this.stock.returned(manager, actor, shipment.id, items);
        for (const banner of banners) {
          await this.custody.handOver(manager, actor, banner, {
            location: 'warehouse',
            boothProposalId: null,
            shipmentId: null,
            holder: 'Warehouse',
            condition: conditions.get(banner.id),
            historyBoothProposalId: shipment.boothProposalId,
            historyShipmentId: shipment.id,
          });
        }
      } else {
        const holder = `${this.eventName(shipment)} booth (${shipment.booth?.proposer?.name ?? 'booth team'})`;
        for (const banner of banners) {
          await this.custody.handOver(manager, actor, banner, {
            location: 'at_event',
            boothProposalId: shipment.boothProposalId,
            shipmentId: null,
            holder,
            condition: conditions.get(banner.id),
            historyShipmentId: shipment.id,
          });
        }
      }
      return { patch: { deliveredAt }, changes: { deliveredAt: { from: null, to: deliveredAt.toISOString() } } };
    });
  }

  lose(actor: AuthUser, id: number, body: ShipmentActionBody) {
    return this.run(actor, id, 'lose', body, async (manager, { shipment, banners, reason }) => {
      for (const banner of banners) {
        await this.custody.handOver(manager, actor, banner, {
          location: 'lost',
          boothProposalId: banner.boothProposalId,
          shipmentId: null,
          holder: `Lost by ${shipment.carrier} ${shipment.trackingNumber}`,
          note: reason,
          lostReason: `Lost with shipment #${shipment.id}: ${reason}`,
          historyShipmentId: shipment.id,
        });
      }
      return { patch: { closedReason: reason }, note: reason };
    });
  }

  cancel(actor: AuthUser, id: number, body: ShipmentActionBody) {
    return this.run(actor, id, 'cancel', body, async (manager, { shipment, items, reason }) => {
      if (shipment.status === 'packed' && this.fromWarehouse(shipment)) await this.stock.release(manager, actor, shipment.id, items);
      await this.lines.releaseBanners(manager, shipment.id);
      return { patch: { closedReason: reason }, note: reason };
    });
  }

  private run(
    actor: AuthUser,
    id: number,
    action: ShipmentAction,
    body: ShipmentActionBody,
    work: (manager: EntityManager, parcel: Parcel) => Promise<Step>,
  ) {
    return this.transactions.run(async (manager) => {
      await this.transitions.runIn(manager, this.workflow, { id, action, actor, version: body.version }, async () => {
        const reason = ShipmentActionsNeedingReason.includes(action) ? this.reason(body) : '';
        const shipment = (await loadShipment(manager, id))!;
        return work(manager, { ...(await this.parcel(manager, shipment, body)), reason });
      });
      return presentShipment((await loadShipment(manager, id))!);
    });
  }

  // The lines as stock quantities, the banners locked for their hand-over, and the condition notes.
  private async parcel(manager: EntityManager, shipment: ShipmentEntity, body: ShipmentActionBody): Promise<Omit<Parcel, 'reason'>> {
    const lines: ShipmentLineEntity[] = shipment.lines ?? [];
    const items = lines.filter((line) => line.itemId !== null).map((line) => ({ itemId: line.itemId!, quantity: line.quantity! }));
    const bannerIds = lines
      .filter((line) => line.bannerId !== null)
      .map((line) => line.bannerId!)
      .sort((a, b) => a - b);
    const banners = await this.custody.lock(manager, bannerIds);
    const conditions = new Map<number, string>(
      lines
        .filter((line) => line.bannerId && line.condition && shipment.status === 'requested')
        .map((line) => [line.bannerId!, line.condition!]),
    );
    for (const [index, note] of (body.bannerConditions ?? []).entries()) {
      if (!bannerIds.includes(note.bannerId))
        throw unprocessable(CommonErrorCodes.VALIDATION, 'A condition note names a banner that is not in this parcel', {
          [`bannerConditions.${index}.bannerId`]: 'is not in this parcel',
        });
      conditions.set(note.bannerId, note.condition);
    }
    return { shipment, items, banners, conditions };
  }

  private async tellProposer(manager: EntityManager, shipment: ShipmentEntity) {
    const booth = shipment.booth!;
    const saved = presentShipment((await loadShipment(manager, shipment.id))!);
    const contents = saved.lines
      .map((line) => ('itemId' in line ? `${line.quantity} ${line.unit} ${line.name}` : `banner ${line.tag}`))
      .join(', ');
    await this.notifications.queue(manager, {
      toUserId: booth.proposerId,
      kind: 'shipment_shipped',
      params: {
        eventName: this.eventName(shipment),
        shipmentId: shipment.id,
        contents,
        carrier: saved.carrier ?? '',
        trackingNumber: saved.trackingNumber ?? '',
        trackingUrl: saved.trackingUrl ?? null,
        cost: saved.cost ? { amount: saved.cost, currency: saved.currency! } : null,
      },
      // One mail per parcel: each leaves with its own tracking number.
      dedupeKey: `shipment-${shipment.id}-shipped`,
      link: { resource: 'shipments', id: shipment.id },
    });
  }

  private async progressBooth(manager: EntityManager, actor: AuthUser, shipment: ShipmentEntity) {
    if (shipment.direction === 'outbound') await this.booths.shipIfAllParcelsLeft(manager, shipment.booth!.id, actor);
  }

  private fromWarehouse(shipment: ShipmentEntity) {
    return shipment.direction === 'outbound' && !shipment.fromBoothProposalId;
  }

  // Packing changes the hand, not the place.
  private stay(banner: BannerEntity, shipment: ShipmentEntity): Omit<HandOver, 'holder'> {
    return { location: banner.location, boothProposalId: banner.boothProposalId, shipmentId: shipment.id };
  }

  private reason(body: ShipmentActionBody): string {
    const reason = body.reason?.trim();
    if (!reason)
      throw unprocessable(ShipmentErrorCodes.REASON_REQUIRED, 'Say why, so that the history explains it', { reason: 'is required' });
    return reason;
  }

  private eventName(shipment: ShipmentEntity): string {
    return shipment.booth?.event?.name ?? shipment.booth?.newEvent?.name ?? `booth #${shipment.boothProposalId}`;
  }
}
