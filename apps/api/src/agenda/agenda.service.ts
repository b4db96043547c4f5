import { Injectable } from '@nestjs/common';
import {
  AgendaErrorCodes,
  CommonErrorCodes,
  PlaceableSubmissionStatuses,
  type AgendaLayout,
  type AgendaSlot,
  type CreateAgendaSlot,
  type SaveAgendaLayout,
  type UpdateAgendaSlot,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound, staleVersion, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { assertChairOfEvent } from '../committees/committee-access.js';
import { EventsService } from '../events/events.service.js';
import { AgendaSlotEntity } from './agenda-slot.entity.js';
import { AgendaRepository } from './agenda.repository.js';
import { publicAgenda } from './public-agenda.js';

const slotListSpec: ListSpec = {
  resource: 'agenda-slots',
  sortable: { id: 'slot.id', startsAt: 'slot.starts_at', room: 'slot.room', eventId: 'slot.event_id' },
  filterable: {
    id: { column: 'slot.id', type: 'int' },
    eventId: { column: 'slot.event_id', type: 'int' },
    room: { column: 'slot.room', type: 'text' },
    submissionId: { column: 'slot.submission_id', type: 'int' },
    startsAt: { column: 'slot.starts_at', type: 'instant', range: true },
  },
  search: `(slot.room || ' ' || coalesce(slot.title, ''))`,
  defaultSort: ['startsAt', 'ASC'],
  idColumn: 'slot.id',
};

function presentSlot(slot: AgendaSlotEntity): AgendaSlot {
  return {
    id: slot.id,
    eventId: slot.eventId,
    room: slot.room,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    submissionId: slot.submissionId,
    title: slot.title,
    version: slot.version,
    createdAt: slot.createdAt.toISOString(),
  };
}

const dayIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

@Injectable()
export class AgendaService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  // The summit page's agenda: the event and its published items.
  async findPublic(slug: string) {
    const event = await this.events.findBySlug(slug);
    return { event, items: publicAgenda(await this.repository.published(event.id, PlaceableSubmissionStatuses)) };
  }

  // The agenda is public once published, so every signed-in user may read its slots.
  list(query: Record<string, unknown>) {
    return findPage(this.repository.listQuery(), query, slotListSpec, presentSlot);
  }

  async findOne(id: number) {
    const slot = await this.repository.find(id);
    if (!slot) throw notFound('Agenda slot');
    return presentSlot(slot);
  }

  create(actor: AuthUser, input: CreateAgendaSlot) {
    return this.repository.transaction(async (manager) => {
      const slot = manager.create(AgendaSlotEntity, {
        eventId: input.eventId,
        room: input.room,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        submissionId: input.submissionId ?? null,
        title: input.title ?? null,
      });
      await this.check(manager, actor, slot);
      const saved = await manager.save(AgendaSlotEntity, slot);
      await this.audit.record(manager, actor, {
        entity: 'agenda_slot',
        entityId: saved.id,
        action: 'create',
        note: `${saved.room} ${saved.startsAt.toISOString()}${saved.submissionId ? ` submission ${saved.submissionId}` : ''}`,
      });
      return presentSlot(saved);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateAgendaSlot) {
    return this.repository.transaction(async (manager) => {
      const slot = await lockForUpdate(manager, AgendaSlotEntity, id, 'Agenda slot', input.version);
      const patch: Partial<AgendaSlotEntity> = {
        room: input.room,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        submissionId: input.submissionId ?? null,
        title: input.title ?? null,
      };
      await this.check(manager, actor, { ...slot, ...patch });
      const changes = changedFields(slot, patch);
      const saved = await saveVersioned(manager, AgendaSlotEntity, slot, patch);
      await this.audit.record(manager, actor, { entity: 'agenda_slot', entityId: id, action: 'update', changes });
      return presentSlot(saved);
    });
  }

  remove(actor: AuthUser, id: number) {
    return this.repository.transaction(async (manager) => {
      const slot = await lockForUpdate(manager, AgendaSlotEntity, id, 'Agenda slot');
      await assertChairOfEvent(manager, actor, slot.eventId);
      await manager.delete(AgendaSlotEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'agenda_slot',
        entityId: id,
        action: 'delete',
        note: `${slot.room} ${slot.startsAt.toISOString()}`,
      });
      return presentSlot(slot);
    });
  }

  // The builder's rooms and time rows of a summit, for its chairs and the organizers only.
  getLayout(actor: AuthUser, eventId: number): Promise<AgendaLayout> {
    return this.repository.transaction(async (manager) => {
      await this.chairedEvent(manager, actor, eventId);
      const row = await this.repository.layout(manager, eventId);
      return { eventId, rooms: row?.rooms ?? [], timeRows: row?.timeRows ?? [], version: row?.version ?? 0 };
    });
  }

  // Replaces the grid as the chair arranged it; rooms and rows with talks in them stay in the grid anyway.
  saveLayout(actor: AuthUser, eventId: number, input: SaveAgendaLayout): Promise<AgendaLayout> {
    return this.repository.transaction(async (manager) => {
      await this.chairedEvent(manager, actor, eventId);
      await this.repository.lockEvent(manager, eventId);
      const before = await this.repository.layout(manager, eventId, true);
      if (input.version !== undefined && input.version !== (before?.version ?? 0)) throw staleVersion('Agenda layout');
      const rooms = input.rooms.filter(
        (room, index) => input.rooms.findIndex((other) => other.toLowerCase() === room.toLowerCase()) === index,
      );
      const seen = new Set<string>();
      const timeRows = input.timeRows
        .map((row) => ({ startsAt: new Date(row.startsAt).toISOString(), endsAt: new Date(row.endsAt).toISOString() }))
        .filter((row) => !seen.has(`${row.startsAt}|${row.endsAt}`) && seen.add(`${row.startsAt}|${row.endsAt}`))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt));
      const version = await this.repository.saveLayout(manager, eventId, { rooms, timeRows });
      await this.audit.record(manager, actor, {
        entity: 'agenda_layout',
        entityId: eventId,
        action: 'update',
        changes: {
          rooms: { from: before?.rooms.join(', ') ?? '', to: rooms.join(', ') },
          timeRows: { from: before?.timeRows.length ?? 0, to: timeRows.length },
        },
      });
      return { eventId, rooms, timeRows, version };
    });
  }

  private async chairedEvent(manager: EntityManager, actor: AuthUser, eventId: number) {
    const event = await this.events.find(manager, eventId);
    if (!event) throw notFound('Event');
    await assertChairOfEvent(manager, actor, event.id);
    return event;
  }

  // Under one lock per event, so two chairs placing talks at once cannot both take a room.
  private async check(
    manager: EntityManager,
    actor: AuthUser,
    slot: Pick<AgendaSlotEntity, 'id' | 'eventId' | 'room' | 'startsAt' | 'endsAt' | 'submissionId'>,
  ) {
    const event = await this.events.find(manager, slot.eventId);
    if (!event) throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such event', { eventId: 'does not exist' });
    await assertChairOfEvent(manager, actor, event.id);
    await this.repository.lockEvent(manager, event.id);
    const startDay = dayIn(slot.startsAt, event.timeZone);
    if (startDay < event.startDate || dayIn(slot.endsAt, event.timeZone) > event.endDate) {
      throw unprocessable(
        AgendaErrorCodes.OUTSIDE_EVENT,
        `${event.name} runs from ${event.startDate} to ${event.endDate} (${event.timeZone})`,
        { startsAt: 'is outside the event' },
      );
    }
    if (await this.repository.roomBooked(manager, slot, slot.room)) {
      throw conflict(AgendaErrorCodes.ROOM_BOOKED, `${slot.room} is already booked at that time`, { room: 'is booked at that time' });
    }
    if (!slot.submissionId) return;
    const talk = await this.repository.talk(manager, slot.submissionId);
    if (!talk || !PlaceableSubmissionStatuses.includes(talk.status) || talk.eventId !== event.id) {
      throw unprocessable(AgendaErrorCodes.NOT_CONFIRMED, 'Only talks confirmed by their speakers for this summit can be placed', {
        submissionId: 'is not a confirmed talk of this summit',
      });
    }
    if (await this.repository.placedElsewhere(manager, talk.id, slot.id))
      throw conflict(AgendaErrorCodes.ALREADY_PLACED, 'This talk already has a slot', { submissionId: 'is placed already' });
    if (await this.repository.speakerBooked(manager, slot, talk.id))
      throw conflict(AgendaErrorCodes.SPEAKER_BOOKED, 'A speaker of this talk is giving another talk at that time', {
        startsAt: 'clashes with another talk by the same speaker',
      });
  }
}
