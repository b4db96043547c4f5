import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import {
  CommonErrorCodes,
  DeletableEventStatuses,
  EventErrorCodes,
  todayIn,
  EditableEventStatuses,
  EventActionsNeedingReason,
  eventMachine,
  type CreateEvent,
  type EventAction,
  type EventStatus,
  type Role,
  type UpdateEvent,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { eventListSpec } from './event-list.spec-config.js';
import { EventEntity } from './event.entity.js';
import { presentEvent } from './event.presenter.js';
import { Transactions } from '../common/transactions.js';

const eventWorkflow: Workflow<EventEntity, EventStatus, EventAction, Role> = {
  entity: EventEntity,
  label: 'Event',
  auditEntity: 'event',
  machine: eventMachine,
};

const EDITABLE = [
  'name',
  'kind',
  'startDate',
  'endDate',
  'timeZone',
  'venue',
  'city',
  'country',
  'hostOrganization',
  'website',
  'description',
  'slug',
] as const;

function slugify(name: string, startDate: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const year = startDate.slice(0, 4);
  return base.endsWith(year) ? base : `${base}-${year}`;
}

@Injectable()
export class EventsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly transitions: TransitionRunner,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(this.transactions.reader.getRepository(EventEntity).createQueryBuilder('event'), query, eventListSpec, presentEvent);
  }

  // Global search: the same visibility as the list, first `limit` matches.
  async search(q: string, limit: number): Promise<SearchHit[]> {
    const page = await this.list({ filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((event) => ({
      type: 'events',
      id: event.id,
      title: event.name,
      subtitle: [event.city, event.startDate].filter(Boolean).join(' · '),
    }));
  }

  async findOne(id: number) {
    const event = await this.transactions.reader.getRepository(EventEntity).findOneBy({ id });
    if (!event) throw notFound('Event');
    return presentEvent(event);
  }

  // For other features inside their own transaction (no second connection from the pool).
  async findIn(manager: EntityManager, id: number): Promise<EventEntity | null> {
    return manager.getRepository(EventEntity).findOneBy({ id });
  }

  async findBySlug(slug: string) {
    const event = await this.transactions.reader.getRepository(EventEntity).findOneBy({ slug });
    if (!event) throw notFound('Event');
    return event;
  }

  // Another feature's read of an event (its dates and zone for a booth) in the caller's transaction.
  find(manager: EntityManager, id: number): Promise<EventEntity | null> {
    return manager.findOneBy(EventEntity, { id });
  }

  get(manager: EntityManager, id: number): Promise<EventEntity> {
    return manager.findOneByOrFail(EventEntity, { id });
  }

  // Confirms an event as part of another feature's step (approving a booth at a new event), through
  // the same runner as the event's own routes.
  confirmWith(manager: EntityManager, actor: AuthUser, id: number, note: string): Promise<EventEntity> {
    return this.transitions.runIn(manager, eventWorkflow, { id, action: 'confirm', actor, note });
  }

  create(actor: AuthUser, input: CreateEvent) {
    return this.transactions.run(async (manager) => {
      const event = await this.insert(manager, actor, input);
      return presentEvent(event);
    });
  }

  // Used by other features too (a booth proposal for a new event creates it in the same transaction).
  async insert(manager: EntityManager, actor: AuthUser, input: CreateEvent): Promise<EventEntity> {
    const slug = input.slug ?? (await this.freeSlug(manager, slugify(input.name, input.startDate)));
    if (input.slug && (await manager.existsBy(EventEntity, { slug }))) {
      throw conflict(CommonErrorCodes.DUPLICATE, `Another event already uses the slug "${slug}"`, { slug: 'is taken' });
    }
    const event = await manager.save(EventEntity, manager.create(EventEntity, { ...nullify(input), slug, status: 'planned' }));
    await this.audit.record(manager, actor, { entity: 'event', entityId: event.id, action: 'create', toState: 'planned' });
    return event;
  }

  update(actor: AuthUser, id: number, input: UpdateEvent) {
    return this.transactions.run(async (manager) => {
      const event = await lockForUpdate(manager, EventEntity, id, 'Event', input.version);
      if (!EditableEventStatuses.includes(event.status)) {
        throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, `A ${event.status} event can no longer be edited`);
      }
      const patch: Partial<EventEntity> = {};
      for (const key of EDITABLE) if (key in input) (patch as Record<string, unknown>)[key] = input[key] ?? null;
      if (!patch.slug) delete patch.slug;
      if (patch.slug && patch.slug !== event.slug && (await manager.existsBy(EventEntity, { slug: patch.slug }))) {
        throw conflict(CommonErrorCodes.DUPLICATE, `Another event already uses the slug "${patch.slug}"`, { slug: 'is taken' });
      }
      const changes = changedFields(event, patch);
      const saved = await saveVersioned(manager, EventEntity, event, patch);
      await this.audit.record(manager, actor, { entity: 'event', entityId: id, action: 'update', changes });
      return presentEvent(saved);
    });
  }

  act(actor: AuthUser, id: number, action: EventAction, options: { version?: number; reason?: string }) {
    const request = { id, action, actor, version: options.version, note: options.reason ?? null };
    return this.transitions
      .run(eventWorkflow, request, async ({ record }) => {
        if (action === 'mark_held' && record.startDate > todayIn(record.timeZone)) {
          throw unprocessable(
            EventErrorCodes.NOT_STARTED,
            `The event starts on ${record.startDate}; it can be marked held once it has begun`,
          );
        }
        if (EventActionsNeedingReason.includes(action) && !options.reason) {
          throw unprocessable(CommonErrorCodes.VALIDATION, 'Say why the event is cancelled', { reason: 'is required' });
        }
      })
      .then(presentEvent);
  }

  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      const event = await lockForUpdate(manager, EventEntity, id, 'Event');
      if (!DeletableEventStatuses.includes(event.status)) {
        throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, `Only planned events can be deleted; cancel a ${event.status} event instead`);
      }
      const shown = presentEvent(event);
      await manager.delete(EventEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'event',
        entityId: id,
        action: 'delete',
        fromState: event.status,
        note: event.name,
      });
      return shown;
    });
  }

  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    const taken = new Set(
      (
        await manager
          .getRepository(EventEntity)
          .createQueryBuilder('event')
          .select('event.slug', 'slug')
          .where('event.slug LIKE :prefix', { prefix: `${base}%` })
          .getRawMany<{ slug: string }>()
      ).map((row) => row.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

function nullify<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value ?? null])) as T;
}
