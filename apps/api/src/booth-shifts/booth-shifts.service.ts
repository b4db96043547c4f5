import { Injectable } from '@nestjs/common';
import {
  ApprovedBoothProposalStatuses,
  BoothShiftErrorCodes,
  CommonErrorCodes,
  StaffableBoothProposalStatuses,
  boothShiftMachine,
  coverageGaps,
  defaultOpeningHours,
  uncoveredMinutes,
  type BoothShiftAction,
  type BoothShiftActionBody,
  type BoothShiftActor,
  type BoothShiftStatus,
  type CreateBoothShift,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { isVisibleTo, loadFullProposal } from '../booth-proposals/booth-proposal-access.js';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage } from '../common/list-query.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { EventsService } from '../events/events.service.js';
import { BoothShiftMailer } from './booth-shift-mailer.js';
import { boothShiftListSpec } from './booth-shift-list.spec-config.js';
import { BoothShiftEntity } from './booth-shift.entity.js';
import { presentBoothShift } from './booth-shift.presenter.js';
import { Transactions } from '../common/transactions.js';
import { BoothShiftsRepository } from './booth-shifts.repository.js';

@Injectable()
export class BoothShiftsService {
  private readonly workflow: Workflow<BoothShiftEntity, BoothShiftStatus, BoothShiftAction, BoothShiftActor>;

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: BoothShiftsRepository,
    private readonly audit: AuditService,
    private readonly mailer: BoothShiftMailer,
    private readonly transitions: TransitionRunner,
    private readonly events: EventsService,
  ) {
    this.workflow = {
      entity: BoothShiftEntity,
      label: 'Booth shift',
      auditEntity: 'booth_shift',
      machine: boothShiftMachine,
      canSee: async (locked, actor, manager) => this.canSee(await this.fullShift(manager, locked.id), actor!),
      rolesOf: async (locked, actor, manager) => hatsFor(await this.fullShift(manager, locked.id), actor!),
      noRoleMessage: 'Only the volunteer, the booth proposer or an organizer may change this shift',
      // The booth's history tells the rota's story too; the mail goes to the other side.
      after: async ({ manager, saved, to, actor, note }) => {
        const shift = await this.fullShift(manager, saved.id);
        const when = `${shift.day} ${shift.startTime.slice(0, 5)}–${shift.endTime.slice(0, 5)}`;
        await this.audit.record(manager, actor, {
          entity: 'booth_proposal',
          entityId: shift.boothProposalId,
          action: `shift_${to}`,
          note: `${shift.user!.name}: ${when}${note ? ` (${note})` : ''}`,
        });
        await this.mailer.decided(manager, {
          shift,
          proposal: shift.proposal!,
          eventName: shift.proposal!.event!.name,
          actor: actor!,
          status: to,
          note,
        });
      },
    };
  }

  // Members see their own shifts and the rota of every booth they can see.
  list(viewer: AuthUser, query: Record<string, unknown>) {
    const qb = this.shiftQuery(this.transactions.reader);
    if (viewer.role !== 'organizer') {
      qb.andWhere('(shift.user_id = :viewerId OR proposal.proposer_id = :viewerId OR proposal.status IN (:...visibleStatuses))', {
        viewerId: viewer.id,
        visibleStatuses: ApprovedBoothProposalStatuses,
      });
    }
    return findPage(qb, query, boothShiftListSpec, presentBoothShift);
  }

  async findOne(viewer: AuthUser, id: number) {
    const shift = await this.shiftQuery(this.transactions.reader).where('shift.id = :id', { id }).getOne();
    if (!shift || !this.canSee(shift, viewer)) throw notFound('Booth shift');
    return presentBoothShift(shift);
  }

  create(actor: AuthUser, input: CreateBoothShift) {
    return this.transactions.run(async (manager) => {
      const proposal = await manager.findOneBy(BoothProposalEntity, { id: input.boothProposalId });
      if (!proposal || !isVisibleTo(proposal, actor))
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'There is no such booth', {
          boothProposalId: 'is not a booth you can see',
        });
      if (!StaffableBoothProposalStatuses.includes(proposal.status)) {
        throw unprocessable(BoothShiftErrorCodes.BOOTH_NOT_STAFFABLE, `This booth is ${proposal.status} and takes no volunteers`, {
          boothProposalId: `is ${proposal.status}`,
        });
      }
      const event = await this.events.get(manager, proposal.eventId!);
      if (input.day < event.startDate || input.day > event.endDate) {
        throw unprocessable(BoothShiftErrorCodes.OUTSIDE_EVENT, `${event.name} runs from ${event.startDate} to ${event.endDate}`, {
          day: `must be between ${event.startDate} and ${event.endDate}`,
        });
      }
      // One volunteer's offers are taken one at a time, so that two overlapping offers sent at once
      // cannot both pass the check below.
      await this.repository.lockVolunteer(manager, actor.id);
      const clash = await this.repository.overlapping(manager, actor.id, input, event.timeZone);
      if (clash) {
        throw conflict(
          BoothShiftErrorCodes.OVERLAP,
          `You already offered to staff ${clash.event_name} on ${clash.day} from ${clash.start_time.slice(0, 5)} to ` +
            `${clash.end_time.slice(0, 5)}`,
          { startTime: 'overlaps another of your shifts' },
        );
      }
      const shift = await manager.save(
        BoothShiftEntity,
        manager.create(BoothShiftEntity, { ...input, note: input.note ?? null, userId: actor.id, status: 'offered' }),
      );
      const when = `${input.day} ${input.startTime}–${input.endTime}`;
      await this.audit.record(manager, actor, {
        entity: 'booth_shift',
        entityId: shift.id,
        action: 'create',
        toState: 'offered',
        note: when,
      });
      await this.audit.record(manager, actor, {
        entity: 'booth_proposal',
        entityId: proposal.id,
        action: 'shift_offered',
        note: `${actor.name}: ${when}`,
      });
      await this.mailer.offered(manager, { shift, proposal, eventName: event.name, actor });
      return presentBoothShift((await this.shiftQuery(manager).where('shift.id = :id', { id: shift.id }).getOne())!);
    });
  }

  act(actor: AuthUser, id: number, action: BoothShiftAction, body: BoothShiftActionBody) {
    return this.transactions.run(async (manager) => {
      const note = body.reason?.trim() || null;
      await this.transitions.runIn(manager, this.workflow, { id, action, actor, version: body.version, note }, async () => {
        const shift = await this.fullShift(manager, id);
        if (action === 'confirm' && !StaffableBoothProposalStatuses.includes(shift.proposal!.status)) {
          throw conflict(
            BoothShiftErrorCodes.BOOTH_NOT_STAFFABLE,
            `The booth is ${shift.proposal!.status}; its shifts can no longer be confirmed`,
            { status: `booth is ${shift.proposal!.status}` },
          );
        }
      });
      return presentBoothShift(await this.fullShift(manager, id));
    });
  }

  // The rota against the booth's opening hours: confirmed shifts count, the rest is a gap.
  async coverage(viewer: AuthUser, proposalId: number) {
    const proposal = await loadFullProposal(this.transactions.reader, proposalId);
    if (!proposal || !isVisibleTo(proposal, viewer)) throw notFound('Booth proposal');
    return this.rota(proposal);
  }

  // "Volunteers wanted" on an event's public page: each staffable booth of the event with its
  // opening hours and gaps; shifts without volunteers' names, as visitors may read them.
  async volunteering(eventId: number) {
    const ids = await this.repository.staffableBooths(this.transactions.reader, eventId, StaffableBoothProposalStatuses);
    const booths = [];
    for (const id of ids) {
      const proposal = await loadFullProposal(this.transactions.reader, id);
      if (!proposal?.event) continue;
      const rota = await this.rota(proposal);
      booths.push({
        boothProposalId: rota.boothProposalId,
        timeZone: rota.timeZone,
        openingHours: rota.openingHours,
        shifts: rota.shifts.map((shift) => ({ day: shift.day, startTime: shift.startTime, endTime: shift.endTime, status: shift.status })),
        gaps: rota.gaps,
        uncoveredMinutes: rota.uncoveredMinutes,
      });
    }
    return booths;
  }

  private async rota(proposal: BoothProposalEntity) {
    const proposalId = proposal.id;
    const event = proposal.event;
    if (!event)
      throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, 'The booth has no confirmed event yet, so it has no opening hours', {
        eventId: 'is not set yet',
      });
    const openingHours = proposal.openingHours ?? defaultOpeningHours(event.startDate, event.endDate);
    const shifts = await this.shiftQuery(this.transactions.reader)
      .where('shift.booth_proposal_id = :proposalId', { proposalId })
      .orderBy('shift.day')
      .addOrderBy('shift.start_time')
      .getMany();
    const rota = shifts.map(presentBoothShift);
    const gaps = coverageGaps(
      openingHours,
      rota.filter((shift) => shift.status === 'confirmed'),
    );
    return {
      boothProposalId: proposalId,
      timeZone: event.timeZone,
      openingHours,
      shifts: rota.filter((shift) => shift.status === 'confirmed' || shift.status === 'offered'),
      gaps,
      uncoveredMinutes: uncoveredMinutes(gaps),
    };
  }

  private shiftQuery(manager: EntityManager) {
    return manager
      .getRepository(BoothShiftEntity)
      .createQueryBuilder('shift')
      .innerJoinAndSelect('shift.proposal', 'proposal')
      .leftJoinAndSelect('proposal.event', 'event')
      .innerJoinAndSelect('shift.user', 'volunteer');
  }

  private canSee(shift: BoothShiftEntity, viewer: AuthUser) {
    return shift.userId === viewer.id || isVisibleTo(shift.proposal!, viewer);
  }

  private async fullShift(manager: EntityManager, id: number): Promise<BoothShiftEntity> {
    return (await this.shiftQuery(manager).where('shift.id = :id', { id }).getOne())!;
  }
}

// The volunteer, the booth's proposer and organizers each act in their own right; any hat that fits will do.
function hatsFor(shift: BoothShiftEntity, actor: AuthUser): BoothShiftActor[] {
  const hats: BoothShiftActor[] = [];
  if (shift.userId === actor.id) hats.push('volunteer');
  if (shift.proposal!.proposerId === actor.id) hats.push('proposer');
  if (actor.role === 'organizer') hats.push('organizer');
  return hats;
}
