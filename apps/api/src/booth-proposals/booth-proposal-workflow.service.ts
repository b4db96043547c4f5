import { Injectable } from '@nestjs/common';
import {
  BoothProposalActionsNeedingReason,
  BoothProposalErrorCodes,
  boothProposalMachine,
  boothProposalPath,
  boothProposalTarget,
  todayIn,
  transitionBoothProposal,
  type BoothProposalAction,
  type BoothProposalActionBody,
  type BoothProposalActor,
  type BoothProposalStatus,
  type BoothReport,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { LedgerService } from '../budgets/ledger.service.js';
import { conflict, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { lockForUpdate } from '../common/record-lock.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { EventsService } from '../events/events.service.js';
import { actorsFor, isVisibleTo, loadFullProposal } from './booth-proposal-access.js';
import { BoothProposalMailer } from './booth-proposal-mailer.js';
import { BoothProposalMaterialEntity } from './booth-proposal-material.entity.js';
import { BoothProposalPhotoEntity } from './booth-proposal-photo.entity.js';
import { BoothProposalEntity } from './booth-proposal.entity.js';
import { presentBoothProposal } from './booth-proposal.presenter.js';
import { BoothClosingCheck } from './booth-closing-check.js';
import { BoothOutboundProgress } from './booth-outbound-progress.js';
import { Transactions } from '../common/transactions.js';

// What an action adds to the plain state change: fields to save, the audit's changes and note.
export type StepOutcome = {
  patch?: Partial<BoothProposalEntity>;
  changes?: Record<string, { from: unknown; to: unknown }>;
  note?: string | null;
};
export type StepWork = (
  manager: EntityManager,
  proposal: BoothProposalEntity,
  lines: BoothProposalMaterialEntity[],
) => Promise<StepOutcome>;

export type PlainAction = Exclude<BoothProposalAction, 'approve' | 'mark_paid' | 'mark_shipped' | 'report'>;

const materialsOf = (manager: EntityManager, proposal: BoothProposalEntity) =>
  manager.findBy(BoothProposalMaterialEntity, { boothProposalId: proposal.id });

@Injectable()
export class BoothProposalWorkflowService {
  private readonly workflow: Workflow<BoothProposalEntity, BoothProposalStatus, BoothProposalAction, BoothProposalActor>;

  constructor(
    private readonly transactions: Transactions,
    private readonly transitions: TransitionRunner,
    private readonly ledger: LedgerService,
    private readonly mailer: BoothProposalMailer,
    private readonly closingCheck: BoothClosingCheck,
    private readonly events: EventsService,
    private readonly outbound: BoothOutboundProgress,
  ) {
    this.workflow = {
      entity: BoothProposalEntity,
      label: 'Booth proposal',
      auditEntity: 'booth_proposal',
      // Which steps may be skipped depends on what the proposal asks for (DESIGN §2).
      machine: async (proposal, manager) =>
        boothProposalMachine(boothProposalPath({ ...proposal, materials: await materialsOf(manager, proposal) })),
      // Without a user the step comes from the system on an organizer's behalf (shipments).
      rolesOf: (proposal, actor) => (actor ? actorsFor(proposal, actor) : ['organizer']),
      canSee: (proposal, actor) => !actor || isVisibleTo(proposal, actor),
      noRoleMessage: 'You may not act on this booth proposal',
      illegalMessage: (message, action) => `${message}; it cannot become ${boothProposalTarget(action)} now`,
      statePatch: (status) => ({ status, statusChangedAt: new Date() }),
      after: async ({ manager, saved, action, actor, note }) => {
        // Parcels that left told the proposer themselves (one mail each); "shipped" adds no second one.
        const byParcel = action === 'mark_shipped' && (await this.outbound.of(manager, saved.id)).left > 0;
        const eventName = await this.eventName(manager, saved);
        await this.mailer.stepTaken(manager, { proposal: saved, eventName, action, actor, note, byParcel });
      },
    };
  }

  // Every action of the proposal's machine, each in one transaction with its audit row and mail.
  run(
    actor: AuthUser,
    id: number,
    action: BoothProposalAction,
    version: number | undefined,
    work?: StepWork,
    then?: (manager: EntityManager, proposal: BoothProposalEntity) => Promise<void>,
  ) {
    return this.transactions.run(async (manager) => {
      const step =
        work && (async ({ record }: { record: BoothProposalEntity }) => work(manager, record, await materialsOf(manager, record)));
      const proposal = await this.transitions.runIn(manager, this.workflow, { id, action, actor, version }, step);
      if (then) await then(manager, proposal);
      return presentBoothProposal((await loadFullProposal(manager, id))!, actor);
    });
  }

  act(actor: AuthUser, id: number, action: PlainAction, body: BoothProposalActionBody) {
    return this.run(actor, id, action, body.version, async (manager, proposal, lines) => {
      const reason = body.reason?.trim() || null;
      const needsReason = BoothProposalActionsNeedingReason.includes(action);
      if (needsReason && !reason) {
        throw unprocessable(BoothProposalErrorCodes.REASON_REQUIRED, 'Say why, so that the proposer knows', { reason: 'is required' });
      }
      const outcome: StepOutcome = { note: reason };
      if (needsReason) outcome.patch = { reviewNote: reason };
      if (action === 'start_review') outcome.patch = { reviewerId: actor.id };
      if (action === 'submit') this.checkReadyToSubmit(proposal, lines);
      if (action === 'mark_held') await this.checkEventOver(manager, proposal);
      if (action === 'withdraw' || action === 'cancel') await this.releaseAllocation(manager, actor, proposal, action);
      if (action === 'close') {
        const blockers = await this.closingCheck.blockers(manager, proposal);
        if (blockers.length > 0)
          throw conflict(BoothProposalErrorCodes.CLOSING_BLOCKED, `The booth cannot close yet: ${blockers.join('; ')}`);
      }
      return outcome;
    });
  }

  // A booth that will not happen gives back what was allocated to it and not yet paid: a `refund`
  // tied to the booth, which the budget summary counts as allocation released.
  private async releaseAllocation(manager: EntityManager, actor: AuthUser, proposal: BoothProposalEntity, action: 'withdraw' | 'cancel') {
    if (!proposal.budgetId) return;
    const unpaid = await this.ledger.unpaidAllocation(manager, proposal.id);
    if (unpaid <= 0) return;
    await this.ledger.append(manager, actor, {
      budgetId: proposal.budgetId,
      kind: 'refund',
      amount: unpaid,
      currency: proposal.approvedCurrency!,
      boothProposalId: proposal.id,
      memo: `Allocation released: booth at ${await this.eventName(manager, proposal)} ${action === 'withdraw' ? 'withdrawn' : 'cancelled'}`,
    });
  }

  markPaid(actor: AuthUser, id: number, body: BoothProposalActionBody) {
    return this.run(
      actor,
      id,
      'mark_paid',
      body.version,
      async (manager, proposal) => {
        await this.ledger.append(manager, actor, {
          budgetId: proposal.budgetId!,
          kind: 'payment',
          amount: proposal.feeApproved!,
          currency: proposal.approvedCurrency!,
          boothProposalId: proposal.id,
          memo: `Booth fee paid: ${await this.eventName(manager, proposal)}`,
        });
        return { note: body.reason?.trim() || null };
      },
      (manager, proposal) => this.advanceIfShipped(manager, proposal, actor),
    );
  }

  report(actor: AuthUser, id: number, body: BoothReport) {
    return this.run(actor, id, 'report', body.version, async (manager, proposal) => {
      const problems: Record<string, string> = {};
      if (!Number.isInteger(body.actualSpend) || body.actualSpend < 0)
        problems.actualSpend = 'must be a whole, non-negative number of minor units';
      if ((await manager.countBy(BoothProposalPhotoEntity, { boothProposalId: id })) === 0)
        problems.photos = 'add at least one photo of the booth';
      if (Object.keys(problems).length > 0) {
        throw unprocessable(BoothProposalErrorCodes.REPORT_INCOMPLETE, 'The report is not complete yet', problems);
      }
      const patch: Partial<BoothProposalEntity> = {
        reportVisitors: body.visitors,
        reportLeads: body.leads,
        reportActualSpend: body.actualSpend,
        reportCurrency: body.currency ?? proposal.approvedCurrency ?? proposal.currency,
        reportLessons: body.lessons,
        reportedAt: new Date(),
      };
      return {
        patch,
        changes: {
          visitors: { from: null, to: body.visitors },
          leads: { from: null, to: body.leads },
          actualSpend: { from: null, to: body.actualSpend },
        },
      };
    });
  }

  // A booth moves to `shipped` once its last outbound parcel has left (or the last one still
  // waiting was cancelled) and its path allows it. Shipments call this after a parcel moves, and
  // mark-paid calls it too: parcels may leave before the fee is paid.
  async shipIfAllParcelsLeft(manager: EntityManager, proposalId: number, actor: AuthUser | null = null): Promise<void> {
    const proposal = await lockForUpdate(manager, BoothProposalEntity, proposalId, 'Booth proposal');
    await this.advanceIfShipped(manager, proposal, actor);
  }

  private async advanceIfShipped(manager: EntityManager, proposal: BoothProposalEntity, actor: AuthUser | null) {
    if (proposal.status !== 'approved' && proposal.status !== 'funded') return;
    const { waiting, left } = await this.outbound.of(manager, proposal.id);
    if (waiting > 0 || left === 0) return;
    const materials = await materialsOf(manager, proposal);
    if (!transitionBoothProposal(proposal.status, 'mark_shipped', 'organizer', boothProposalPath({ ...proposal, materials })).ok) return;
    await this.transitions.runIn(manager, this.workflow, { id: proposal.id, action: 'mark_shipped', actor });
  }

  async eventName(manager: EntityManager, proposal: BoothProposalEntity): Promise<string> {
    if (proposal.eventId) return (await this.events.get(manager, proposal.eventId)).name;
    return proposal.newEvent?.name ?? 'an event';
  }

  // Parcels need somewhere to go and a date to be there by before anyone can review the request.
  private checkReadyToSubmit(proposal: BoothProposalEntity, lines: BoothProposalMaterialEntity[]) {
    if (!boothProposalPath({ ...proposal, materials: lines }).somethingToShip) return;
    const missing: Record<string, string> = {};
    if (!proposal.shippingAddress) missing.shippingAddress = 'is required when materials or a banner are shipped';
    if (!proposal.neededBy) missing.neededBy = 'is required when materials or a banner are shipped';
    if (Object.keys(missing).length > 0)
      throw unprocessable(BoothProposalErrorCodes.INCOMPLETE, 'Say where and by when the materials must arrive', missing);
  }

  private async checkEventOver(manager: EntityManager, proposal: BoothProposalEntity) {
    const event = await this.events.get(manager, proposal.eventId!);
    if (event.endDate > todayIn(event.timeZone)) {
      throw unprocessable(
        BoothProposalErrorCodes.EVENT_NOT_OVER,
        `${event.name} ends on ${event.endDate}; the booth can be marked held from then`,
        { status: 'the event is not over yet' },
      );
    }
  }
}
