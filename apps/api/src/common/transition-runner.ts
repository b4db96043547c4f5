import { HttpStatus, Injectable } from '@nestjs/common';
import { CommonErrorCodes, type AuditEntity, type Move, type Refusal } from '@summitdesk/contracts';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { NotificationsService, type OutgoingMessage } from '../notifications/notifications.service.js';
import { AppError, conflict, notFound, staleVersion } from './app-error.js';
import type { AuthUser } from './auth-user.js';
import { lockForUpdate, saveVersioned, saveVersionedMany } from './record-lock.js';

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
  auditEntity: AuditEntity;
  // The machine, or (for one whose verdict depends on more than the state: a booth's path, a
  // contest's clock) a function that builds it for the locked record.
  machine:
    TransitionMachine<S, A, R> | ((record: E, manager: EntityManager) => TransitionMachine<S, A, R> | Promise<TransitionMachine<S, A, R>>);
  // The state the machine reads; defaults to the record's `status` column.
  stateOf?: (record: E) => S;
  // The patch that stores a new state; defaults to `{ status }`.
  statePatch?: (state: S) => Partial<E>;
  // The hats the actor wears towards this record (organizer, proposer, volunteer…); defaults to the
  // actor's global role. The move is allowed if any hat allows it.
  // `actor` is null when the system takes the step (a booth shipped by its last parcel leaving).
  rolesOf?: (record: E, actor: AuthUser | null, manager: EntityManager) => R[] | Promise<R[]>;
  // Whether the actor may see the record at all; one they may not is absent (404), and only then is
  // the version compared, so that a stale version never reveals a hidden record.
  canSee?: (record: E, actor: AuthUser | null, manager: EntityManager) => boolean | Promise<boolean>;
  // The 403 message when the actor wears no hat towards the record.
  noRoleMessage?: string;
  // The state people see, named in a 409, when it is more than the stored state (a published
  // contest is `voting` or `upcoming` by the clock).
  shownState?: (record: E) => string;
  // The 409 message for a move the state does not allow, from the machine's own (to name the wanted state).
  illegalMessage?: (machineMessage: string, action: A) => string;
  // What follows the save and the audit row and needs the saved record: mails that name saved
  // fields, moves of other records (a shipment moving its booth on).
  after?: (context: TransitionContext<E, S> & { saved: E; action: A; actor: AuthUser | null; note: string | null }) => Promise<void>;
};

// The system acting on a verified outside message (a Stripe webhook, its reconciliation): no user.
export type SystemActor = { id: null; name: string };

export type TransitionRequest<A extends string> = {
  id: number;
  action: A;
  actor: AuthUser | SystemActor | null;
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
    // The record when the caller has already locked it in this transaction (FOR UPDATE): not read again.
    locked?: E,
  ): Promise<E> {
    const record = locked?.id === request.id ? locked : await lockForUpdate(manager, workflow.entity, request.id, workflow.label);
    const { from, to } = await decideStep(manager, workflow, record, request);
    const effects = (await work?.({ manager, record, from, to })) ?? {};
    const statePatch = workflow.statePatch ? workflow.statePatch(to) : ({ status: to } as unknown as Partial<E>);
    const saved = await saveVersioned(manager, workflow.entity, record, { ...effects.patch, ...statePatch });
    const note = effects.note ?? request.note ?? null;
    await this.audit.record(manager, request.actor, {
      entity: workflow.auditEntity,
      entityId: record.id,
      action: request.action,
      fromState: from,
      toState: to,
      changes: effects.changes ?? null,
      note,
    });
    if (effects.mails?.length) await this.notifications.queueMany(manager, effects.mails);
    if (workflow.after)
      await workflow.after({ manager, record: saved, from, to, saved, action: request.action, actor: userOf(request.actor), note });
    return saved;
  }

  // runIn for many records the caller locked in this transaction (FOR UPDATE), in a few statements
  // whatever their number: each is decided and worked on exactly as runIn would, in order (a refusal
  // throws and rolls the whole transaction back), then all are saved in one UPDATE, audited in one
  // INSERT and mailed at once.
  async runManyIn<E extends Versioned, S extends string, A extends string, R extends string>(
    manager: EntityManager,
    workflow: Workflow<E, S, A, R>,
    steps: Array<TransitionStep<E, S, A>>,
  ): Promise<E[]> {
    const decided: Array<{ step: TransitionStep<E, S, A>; from: S; to: S; effects: TransitionEffects<E> }> = [];
    for (const step of steps) {
      const { from, to } = await decideStep(manager, workflow, step.record, step.request);
      const effects = (await step.work?.({ manager, record: step.record, from, to })) ?? {};
      decided.push({ step, from, to, effects });
    }
    const saved = await saveVersionedMany(
      manager,
      workflow.entity,
      decided.map(({ step, to, effects }) => ({
        record: step.record,
        patch: { ...effects.patch, ...(workflow.statePatch ? workflow.statePatch(to) : ({ status: to } as unknown as Partial<E>)) },
      })),
    );
    await this.audit.recordEach(
      manager,
      decided.map(({ step, from, to, effects }) => ({
        actor: step.request.actor,
        entry: {
          entity: workflow.auditEntity,
          entityId: step.record.id,
          action: step.request.action,
          fromState: from,
          toState: to,
          changes: effects.changes ?? null,
          note: effects.note ?? step.request.note ?? null,
        },
      })),
    );
    const mails = decided.flatMap(({ effects }) => effects.mails ?? []);
    if (mails.length) await this.notifications.queueMany(manager, mails);
    if (workflow.after) {
      for (const [index, { step, from, to }] of decided.entries()) {
        const note = decided[index]!.effects.note ?? step.request.note ?? null;
        await workflow.after({
          manager,
          record: saved[index]!,
          from,
          to,
          saved: saved[index]!,
          action: step.request.action,
          actor: userOf(step.request.actor),
          note,
        });
      }
    }
    return saved;
  }
}

// One record's part in runManyIn: the record as its caller locked it, the request, the step's work.
export type TransitionStep<E, S, A extends string> = {
  record: E;
  request: TransitionRequest<A>;
  work?: (context: TransitionContext<E, S>) => Promise<TransitionEffects<E> | void>;
};

// Whether the actor may take the step on the locked record, and where it leads: a record the actor may
// not see is absent (404) before its version is compared; then the machine decides with their hats.
async function decideStep<E extends Versioned, S extends string, A extends string, R extends string>(
  manager: EntityManager,
  workflow: Workflow<E, S, A, R>,
  record: E,
  request: TransitionRequest<A>,
): Promise<{ from: S; to: S }> {
  if (workflow.canSee && !(await workflow.canSee(record, userOf(request.actor), manager))) throw notFound(workflow.label);
  if (request.version !== undefined && request.version !== record.version) throw staleVersion(workflow.label);
  const from = workflow.stateOf ? workflow.stateOf(record) : (record.status as S);
  const roles = await rolesFor(workflow, record, request, manager);
  const machine = typeof workflow.machine === 'function' ? await workflow.machine(record, manager) : workflow.machine;
  return { from, to: decide(machine, from, request.action, roles, workflow, workflow.shownState?.(record)) };
}

// The hats of the caller: those it established itself (a verified webhook acts as `stripe`), else
// the workflow's own reading of the record, else the user's global role; the system has none.
async function rolesFor<E extends Versioned, S extends string, A extends string, R extends string>(
  workflow: Workflow<E, S, A, R>,
  record: E,
  request: TransitionRequest<A>,
  manager: EntityManager,
): Promise<R[]> {
  if (request.as) return [...request.as] as R[];
  const user = userOf(request.actor);
  if (workflow.rolesOf) return workflow.rolesOf(record, user, manager);
  return user ? [user.role as R] : [];
}

const userOf = (actor: AuthUser | SystemActor | null): AuthUser | null => (actor && actor.id !== null ? actor : null);

// A move refused for every hat is 403 when the state would allow it for someone else, else 409; an
// actor with no hat towards the record is refused as such (403), whatever the state.
export function decide<S extends string, A extends string, R extends string>(
  machine: TransitionMachine<S, A, R>,
  from: S,
  action: A,
  roles: readonly R[],
  messages: Pick<Workflow<never, S, A, R>, 'noRoleMessage' | 'illegalMessage'> = {},
  shown: string = from,
): S {
  if (roles.length === 0)
    throw new AppError(HttpStatus.FORBIDDEN, CommonErrorCodes.FORBIDDEN, messages.noRoleMessage ?? 'You are not allowed to do this');
  const answers = roles.map((role) => machine.transition(from, action, role));
  const allowed = answers.find((answer): answer is Move<S> => answer.ok);
  if (allowed) return allowed.to;
  const refusals = answers as Refusal[];
  const illegal = refusals.find((refusal) => refusal.code === 'ILLEGAL_TRANSITION');
  if (illegal) {
    const message = messages.illegalMessage ? messages.illegalMessage(illegal.message, action) : illegal.message;
    throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, message, { status: `is ${shown}` });
  }
  throw new AppError(HttpStatus.FORBIDDEN, CommonErrorCodes.FORBIDDEN, refusals[0]!.message);
}
