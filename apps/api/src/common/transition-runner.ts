import { HttpStatus, Injectable } from '@nestjs/common';
import { CommonErrorCodes, type Move, type Refusal } from '@summitdesk/contracts';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { NotificationsService, type OutgoingMessage } from '../notifications/notifications.service.js';
import { AppError, conflict } from './app-error.js';
import type { AuthUser } from './auth-user.js';
import { lockForUpdate, saveVersioned } from './record-lock.js';

type Versioned = ObjectLiteral & { id: number; version: number };

export type TransitionMachine<S extends string, A extends string, R extends string> = {
  transition(state: S, action: A, actor: R): Move<S> | Refusal;
};

// What a workflow tells the runner once: which table, which machine, and how to read the record.
export type Workflow<E extends Versioned, S extends string, A extends string, R extends string> = {
  entity: EntityTarget<E>;
  // Used in "<label> not found" and stale-version messages.
  label: string;
  // The audit log's name for the record (one of the contracts' audit entity names).
  auditEntity: string;
  machine: TransitionMachine<S, A, R>;
  // The state the machine reads; defaults to the record's `status` column.
  stateOf?: (record: E) => S;
  // The patch that stores a new state; defaults to `{ status }`.
  statePatch?: (state: S) => Partial<E>;
  // The hats the actor wears towards this record (organizer, proposer, volunteer…); defaults to the
  // actor's global role. The move is allowed if any hat allows it.
  rolesOf?: (record: E, actor: AuthUser, manager: EntityManager) => R[] | Promise<R[]>;
};

// The system acting on a verified outside message (a Stripe webhook, its reconciliation): no user.
export type SystemActor = { id: null; name: string };

export type TransitionRequest<A extends string> = {
  id: number;
  action: A;
  actor: AuthUser | SystemActor;
  // Hats the caller has already established (a verified webhook acts as `stripe`); when absent the
  // workflow's rolesOf, or the user's global role, decides. A system actor must say its hats.
  as?: readonly string[];
  version?: number;
  note?: string | null;
};

export type TransitionContext<E, S> = { manager: EntityManager; record: E; from: S; to: S };

// What the work of a step may add: more fields to save with the state, an audit note or field
// changes, and the mails the step sends (queued in the same transaction).
export type TransitionEffects<E> = {
  patch?: Partial<E>;
  note?: string | null;
  changes?: Record<string, { from: unknown; to: unknown }>;
  mails?: OutgoingMessage[];
};

// The one skeleton every state change runs: lock the row, compare the version, ask the machine with
// the actor's hats, map a refusal to 403 (who) or 409 (when), run the step's own work, save the
// machine's target state with a new version, write the audit row and queue the mails — all in one
// transaction, so a refused or failed step leaves nothing behind.
@Injectable()
export class TransitionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  run<E extends Versioned, S extends string, A extends string, R extends string>(
    workflow: Workflow<E, S, A, R>,
    request: TransitionRequest<A>,
    work?: (context: TransitionContext<E, S>) => Promise<TransitionEffects<E> | void>,
  ): Promise<E> {
    return this.dataSource.transaction((manager) => this.runIn(manager, workflow, request, work));
  }

  // For a step that is part of a larger change already inside a transaction.
  async runIn<E extends Versioned, S extends string, A extends string, R extends string>(
    manager: EntityManager,
    workflow: Workflow<E, S, A, R>,
    request: TransitionRequest<A>,
    work?: (context: TransitionContext<E, S>) => Promise<TransitionEffects<E> | void>,
  ): Promise<E> {
    const record = await lockForUpdate(manager, workflow.entity, request.id, workflow.label, request.version);
    const from = workflow.stateOf ? workflow.stateOf(record) : (record.status as S);
    const roles = await rolesFor(workflow, record, request, manager);
    const to = decide(workflow.machine, from, request.action, roles);
    const effects = (await work?.({ manager, record, from, to })) ?? {};
    const statePatch = workflow.statePatch ? workflow.statePatch(to) : ({ status: to } as unknown as Partial<E>);
    const saved = await saveVersioned(manager, workflow.entity, record, { ...effects.patch, ...statePatch });
    await this.audit.record(manager, request.actor, {
      entity: workflow.auditEntity,
      entityId: record.id,
      action: request.action,
      fromState: from,
      toState: to,
      changes: effects.changes ?? null,
      note: effects.note ?? request.note ?? null,
    });
    for (const mail of effects.mails ?? []) await this.notifications.queue(manager, mail);
    return saved;
  }
}

async function rolesFor<E extends Versioned, S extends string, A extends string, R extends string>(
  workflow: Workflow<E, S, A, R>,
  record: E,
  request: TransitionRequest<A>,
  manager: EntityManager,
): Promise<R[]> {
  if (request.as) return [...request.as] as R[];
  const actor = request.actor;
  if (actor.id === null) throw new Error(`A system actor must say which hats it acts in (${workflow.label} ${request.action})`);
  return workflow.rolesOf ? workflow.rolesOf(record, actor, manager) : [actor.role as R];
}

// A move refused for every hat is 403 when the state would allow it for someone else, else 409.
function decide<S extends string, A extends string, R extends string>(
  machine: TransitionMachine<S, A, R>,
  from: S,
  action: A,
  roles: R[],
): S {
  const answers = roles.map((role) => machine.transition(from, action, role));
  const allowed = answers.find((answer): answer is Move<S> => answer.ok);
  if (allowed) return allowed.to;
  const refusals = answers as Refusal[];
  const illegal = refusals.find((refusal) => refusal.code === 'ILLEGAL_TRANSITION');
  if (illegal || refusals.length === 0) {
    throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, illegal?.message ?? `Cannot ${action} from ${from}`, { status: `is ${from}` });
  }
  throw new AppError(HttpStatus.FORBIDDEN, CommonErrorCodes.FORBIDDEN, refusals[0]!.message);
}
