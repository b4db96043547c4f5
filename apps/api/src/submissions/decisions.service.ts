import { Injectable } from '@nestjs/common';
import { CfpErrorCodes, CommonErrorCodes, submissionMachine, type BulkDecide, type SubmissionDecision } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { CfpsService } from '../cfps/cfps.service.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import type { EventEntity } from '../events/event.entity.js';
import { EventsService } from '../events/events.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SubmissionReader } from './submission-reader.js';
import { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import { SubmissionEntity } from './submission.entity.js';
import { SubmissionWorkflow } from './submission-workflow.js';
import { SubmissionsRepository } from './submissions.repository.js';

// The chair stages decisions (seen by the committee only) and releases them together, which moves
// the submissions and e-mails their speakers.
@Injectable()
export class DecisionsService {
  constructor(
    private readonly repository: SubmissionsRepository,
    private readonly workflow: SubmissionWorkflow,
    private readonly cfps: CfpsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly reader: SubmissionReader,
  ) {}

  decide(actor: AuthUser, id: number, decision: SubmissionDecision | null, version?: number) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      await this.stage(manager, scope, id, decision, version);
      return (await this.reader.present(manager, scope, [await this.reader.findVisible(manager, scope, id)]))[0];
    });
  }

  // All or nothing: one refused decision stages none of them.
  bulkDecide(actor: AuthUser, cfpId: number, input: BulkDecide) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
      const staged: SubmissionEntity[] = [];
      for (const item of [...input.decisions].sort((a, b) => a.submissionId - b.submissionId)) {
        const submission = await this.stage(manager, scope, item.submissionId, item.decision, item.version);
        if (submission.cfpId !== cfpId)
          throw unprocessable(CommonErrorCodes.VALIDATION, `Submission ${submission.id} belongs to another call for papers`, {
            decisions: 'name submissions of this call only',
          });
        staged.push(submission);
      }
      return this.reader.present(manager, scope, staged);
    });
  }

  private async stage(manager: EntityManager, scope: ViewerScope, id: number, decision: SubmissionDecision | null, version?: number) {
    const visible = await this.reader.findVisible(manager, scope, id);
    if (!scope.isChairOf(visible.cfpId)) throw forbidden('Only the chairs decide on submissions');
    await this.reader.findForCommittee(manager, scope, id);
    const submission = await lockForUpdate(manager, SubmissionEntity, id, 'Submission', version);
    if (decision) {
      const move = submissionMachine.transition(submission.status, decision, 'chair');
      if (!move.ok)
        throw conflict(CommonErrorCodes.ILLEGAL_TRANSITION, move.message, { decision: `cannot be ${decision} while ${submission.status}` });
    }
    const from = submission.pendingDecision;
    const saved = await saveVersioned(manager, SubmissionEntity, submission, { pendingDecision: decision });
    await this.audit.record(manager, scope.user, {
      entity: 'submission',
      entityId: id,
      action: 'stage_decision',
      changes: { pendingDecision: { from, to: decision } },
    });
    return saved;
  }

  release(actor: AuthUser, cfpId: number) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
      const cfp = await this.cfps.lockForRelease(manager, cfpId);
      const event = await this.events.get(manager, cfp.eventId);
      // Decisions on talks the releaser is conflicted on stay staged for another chair to release.
      const pending = await scope
        .bind(manager.getRepository(SubmissionEntity).createQueryBuilder('submission'))
        .setLock('pessimistic_write', undefined, ['submission'])
        .where('submission.cfp_id = :cfpId AND submission.pending_decision IS NOT NULL', { cfpId })
        .andWhere(scope.committeeSql('submission'))
        .orderBy('submission.id')
        .getMany();
      if (pending.length === 0)
        throw unprocessable(CfpErrorCodes.NOTHING_TO_RELEASE, 'No decisions are staged; stage some first', { decisions: 'none staged' });
      const now = new Date();
      for (const submission of pending) {
        const decision = submission.pendingDecision!;
        // A speaker who withdrew after the decision was staged makes the release refuse (409).
        const saved = await this.workflow.release(manager, actor, submission, decision, now);
        await this.mailSpeakers(manager, saved, decision, event);
      }
      await this.cfps.markDecisionsReleased(manager, actor, cfp, pending.length, now);
      return { released: pending.length, submissionIds: pending.map((submission) => submission.id) };
    });
  }

  private async mailSpeakers(manager: EntityManager, submission: SubmissionEntity, decision: SubmissionDecision, event: EventEntity) {
    const speakers = await manager.findBy(SubmissionSpeakerEntity, { submissionId: submission.id, status: 'accepted' });
    const feedback = await this.reader.feedback(manager, submission.id);
    for (const speaker of speakers) {
      await this.notifications.queue(manager, {
        toUserId: speaker.userId ?? undefined,
        toEmail: speaker.userId ? undefined : speaker.email,
        kind: 'submission_decision',
        params: { speaker: speaker.name, title: submission.title, eventName: event.name, decision, submissionId: submission.id, feedback },
        dedupeKey: `decision:${submission.id}:${submission.version}:${speaker.id}`,
        link: { resource: 'submissions', id: submission.id },
      });
    }
  }
}
