import { Injectable } from '@nestjs/common';
import {
  BoothProposalErrorCodes,
  budgetYear,
  convertMinorUnits,
  formatMoney,
  rateAsDecimal,
  type ApproveBoothProposal,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { LedgerService } from '../budgets/ledger.service.js';
import { unprocessable } from '../common/app-error.js';
import { checkAmount } from '../common/money.js';
import type { AuthUser } from '../common/auth-user.js';
import type { EventEntity } from '../events/event.entity.js';
import { EventsService } from '../events/events.service.js';
import { BoothProposalWorkflowService, type StepOutcome } from './booth-proposal-workflow.service.js';
import { BoothProposalMaterialEntity } from './booth-proposal-material.entity.js';
import type { BoothProposalEntity } from './booth-proposal.entity.js';

// Approval decides each support line, books the fee against the year's budget and, for a proposal
// about a new event, puts that event in the calendar.
@Injectable()
export class BoothProposalApprovalService {
  constructor(
    private readonly workflow: BoothProposalWorkflowService,
    private readonly ledger: LedgerService,
    private readonly events: EventsService,
  ) {}

  approve(actor: AuthUser, id: number, body: ApproveBoothProposal) {
    return this.workflow.run(actor, id, 'approve', body.version, (manager, proposal, lines) =>
      this.decide(manager, actor, proposal, lines, body),
    );
  }

  private async decide(
    manager: EntityManager,
    actor: AuthUser,
    proposal: BoothProposalEntity,
    lines: BoothProposalMaterialEntity[],
    body: ApproveBoothProposal,
  ): Promise<StepOutcome> {
    if (body.feeApproved != null)
      checkAmount(body.feeApproved, 'feeApproved', BoothProposalErrorCodes.BAD_AMOUNT, { label: 'The approved fee' });
    const approvedLines = this.approvedQuantities(lines, body);

    const event = await this.eventFor(manager, actor, proposal);
    // The budget row is locked, so approvals of different booths against it run one after another
    // and each sees what the previous ones allocated.
    const budget = await this.ledger.budgetFor(manager, budgetYear(event.startDate), undefined, { lock: true });
    if (body.currency && body.currency !== budget.currency) {
      throw unprocessable(
        BoothProposalErrorCodes.CURRENCY_MISMATCH,
        `The ${budget.year} budget is kept in ${budget.currency}; approve the fee in ${budget.currency}`,
        { currency: `must be ${budget.currency}` },
      );
    }

    // No live exchange-rate service is used: the organizer supplies the rate, and it is recorded.
    let rate: string | null = null;
    let askedInBudgetCurrency = proposal.feeRequested;
    if (proposal.currency !== budget.currency) {
      if (!body.exchangeRate) {
        throw unprocessable(
          BoothProposalErrorCodes.RATE_REQUIRED,
          `The fee was asked in ${proposal.currency} and the budget is in ${budget.currency}: give the exchange rate you used`,
          { exchangeRate: `is required: 1 ${proposal.currency} in ${budget.currency}` },
        );
      }
      rate = rateAsDecimal(body.exchangeRate);
      askedInBudgetCurrency = convertMinorUnits(proposal.feeRequested, proposal.currency, budget.currency, rate);
    }
    if (body.feeApproved > askedInBudgetCurrency) {
      const asked = formatMoney(askedInBudgetCurrency, budget.currency);
      throw unprocessable(BoothProposalErrorCodes.MORE_THAN_ASKED, `The approved fee is more than the ${asked} asked`, {
        feeApproved: `must not exceed the ${asked} asked`,
      });
    }

    const summary = await this.ledger.summary(manager, budget.id);
    const overBudgetReason = body.overBudgetReason?.trim() || null;
    if (body.feeApproved > 0 && body.feeApproved > summary.remaining && !overBudgetReason) {
      const left = formatMoney(summary.remaining, budget.currency);
      throw unprocessable(
        BoothProposalErrorCodes.OVER_BUDGET,
        `Approving ${formatMoney(body.feeApproved, budget.currency)} would overdraw the ${budget.year} budget (${left} left); ` +
          `give a reason to approve anyway`,
        {
          feeApproved: `is more than the ${left} left in the ${budget.year} budget`,
          overBudgetReason: 'is required to approve past the budget',
        },
      );
    }

    for (const line of lines) {
      await manager.update(
        BoothProposalMaterialEntity,
        { boothProposalId: line.boothProposalId, itemId: line.itemId },
        { quantityApproved: approvedLines.get(line.itemId) },
      );
    }
    if (body.feeApproved > 0) {
      await this.ledger.append(manager, actor, {
        budgetId: budget.id,
        kind: 'allocation',
        amount: body.feeApproved,
        currency: budget.currency,
        boothProposalId: proposal.id,
        memo: `Booth at ${event.name}`,
      });
    }
    const bannerApproved = proposal.banner === 'none' ? null : (body.bannerApproved ?? true);
    const note =
      [body.note?.trim(), overBudgetReason && `Approved past the budget: ${overBudgetReason}`].filter(Boolean).join('\n') || null;
    const changes: StepOutcome['changes'] = {
      feeApproved: { from: proposal.feeRequested, to: body.feeApproved },
      ...(rate ? { exchangeRate: { from: null, to: `1 ${proposal.currency} = ${rate} ${budget.currency}` } } : {}),
      ...(bannerApproved !== null ? { bannerApproved: { from: null, to: bannerApproved } } : {}),
      ...(lines.length
        ? {
            materials: {
              from: lines.map(({ itemId, quantity }) => ({ itemId, quantity })),
              to: lines.map(({ itemId }) => ({ itemId, quantity: approvedLines.get(itemId) })),
            },
          }
        : {}),
    };
    return {
      patch: {
        eventId: event.id,
        newEvent: null,
        feeApproved: body.feeApproved,
        approvedCurrency: budget.currency,
        exchangeRate: rate,
        budgetId: budget.id,
        bannerApproved,
        overBudgetReason,
        reviewNote: body.note?.trim() || null,
      },
      changes,
      note,
    };
  }

  // Each asked item gets an approved quantity: as asked unless the organizer says less (never more, never negative).
  private approvedQuantities(lines: BoothProposalMaterialEntity[], body: ApproveBoothProposal): Map<number, number> {
    const approved = new Map(lines.map((line) => [line.itemId, line.quantity]));
    for (const decision of body.materials ?? []) {
      const asked = lines.find((line) => line.itemId === decision.itemId);
      if (!asked)
        throw unprocessable(BoothProposalErrorCodes.UNKNOWN_ITEM, `Item ${decision.itemId} was not asked for`, {
          materials: `item ${decision.itemId} was not asked for`,
        });
      if (!Number.isInteger(decision.quantity) || decision.quantity < 0) {
        throw unprocessable(BoothProposalErrorCodes.BAD_AMOUNT, 'An approved quantity must be a whole number, 0 or more', {
          materials: 'quantities must be whole numbers, 0 or more',
        });
      }
      if (decision.quantity > asked.quantity) {
        throw unprocessable(
          BoothProposalErrorCodes.MORE_THAN_ASKED,
          `Item ${decision.itemId}: ${decision.quantity} is more than the ${asked.quantity} asked`,
          { materials: 'a quantity is more than asked' },
        );
      }
      approved.set(decision.itemId, decision.quantity);
    }
    return approved;
  }

  // A proposal about an event not yet in the calendar creates it, confirmed, with the approval.
  private async eventFor(manager: EntityManager, actor: AuthUser, proposal: BoothProposalEntity): Promise<EventEntity> {
    if (proposal.eventId) {
      const event = await this.events.get(manager, proposal.eventId);
      if (event.status === 'cancelled')
        throw unprocessable(BoothProposalErrorCodes.EVENT_OVER, `${event.name} was cancelled`, { eventId: 'is cancelled' });
      return event;
    }
    const event = await this.events.insert(manager, actor, proposal.newEvent!);
    return this.events.confirmWith(manager, actor, event.id, `Confirmed with booth proposal #${proposal.id}`);
  }
}
