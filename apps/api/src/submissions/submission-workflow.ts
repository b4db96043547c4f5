import { Injectable } from '@nestjs/common';
import {
  submissionMachine,
  type SubmissionAction,
  type SubmissionActor,
  type SubmissionDecision,
  type SubmissionStatus,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import type { AuthUser } from '../common/auth-user.js';
import { lockForUpdate } from '../common/record-lock.js';
import { decide, TransitionRunner, type TransitionContext, type TransitionEffects, type Workflow } from '../common/transition-runner.js';
import { SubmissionEntity } from './submission.entity.js';
import { SubmissionsRepository } from './submissions.repository.js';

type Work = (context: TransitionContext<SubmissionEntity, SubmissionStatus>) => Promise<TransitionEffects<SubmissionEntity> | void>;

const workflow: Workflow<SubmissionEntity, SubmissionStatus, SubmissionAction, SubmissionActor> = {
  entity: SubmissionEntity,
  label: 'Submission',
  auditEntity: 'submission',
  machine: submissionMachine,
};

// Every change of a submission's state, through the one transition runner: the speakers' own
// moves, the release of the chair's decisions, and review starting when reviewers are assigned
// (which the review-assignments feature asks for here rather than writing the table itself).
// Callers have already established the hat the actor wears (speaker, chair, system).
@Injectable()
export class SubmissionWorkflow {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: SubmissionsRepository,
    private readonly audit: AuditService,
  ) {}

  // submit, withdraw, confirm, decline: by one of its speakers.
  bySpeaker(manager: EntityManager, actor: AuthUser, id: number, action: SubmissionAction, version: number | undefined, work: Work) {
    return this.transitions.runIn(manager, workflow, { id, action, actor, as: ['speaker'], version }, work);
  }

  // A staged decision taking effect.
  release(manager: EntityManager, actor: AuthUser, submission: SubmissionEntity, decision: SubmissionDecision, decidedAt: Date) {
    return this.transitions.runIn(
      manager,
      { ...workflow, illegalMessage: (message) => `Submission ${submission.id}: ${message}` },
      { id: submission.id, action: decision, actor, as: ['chair'] },
      async () => ({ patch: { pendingDecision: null, decidedAt } }),
    );
  }

  // Assigning a reviewer moves a submitted talk into review; one already in review stays.
  async startReview(manager: EntityManager, actor: AuthUser, submission: SubmissionEntity): Promise<void> {
    if (!submissionMachine.transition(submission.status, 'start_review', 'system').ok) return;
    await this.transitions.runIn(manager, workflow, { id: submission.id, action: 'start_review', actor, as: ['system'] });
  }

  // The same move for every submitted talk of an automatic assignment run, in two statements
  // rather than a runner pass per talk: a big call moves thousands at once. The machine still
  // decides the target state, and each talk gets its audit row.
  async startReviewMany(manager: EntityManager, actor: AuthUser, submissions: SubmissionEntity[]): Promise<void> {
    for (const from of submissionMachine.table.start_review.from) {
      const ids = submissions.filter((submission) => submission.status === from).map((submission) => submission.id);
      if (ids.length === 0) continue;
      const to = decide(submissionMachine, from, 'start_review', ['system']);
      const moved = await this.repository.moveMany(manager, ids, from, to);
      await this.audit.recordMany(
        manager,
        actor,
        moved.map((id) => ({ entity: 'submission', entityId: id, action: 'start_review', fromState: from, toState: to })),
      );
    }
  }

  // Locks a submission for a step another feature takes on it (assigning a reviewer).
  lock(manager: EntityManager, id: number): Promise<SubmissionEntity> {
    return lockForUpdate(manager, SubmissionEntity, id, 'Submission');
  }

  // Locks the call's submissions in the given states, in id order (an assignment run).
  lockInStates(manager: EntityManager, cfpId: number, statuses: readonly SubmissionStatus[]): Promise<SubmissionEntity[]> {
    return this.repository.lockInStates(manager, cfpId, statuses);
  }
}
