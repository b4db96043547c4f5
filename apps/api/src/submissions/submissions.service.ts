import { Injectable } from '@nestjs/common';
import {
  cfpState,
  CommonErrorCodes,
  EditableSubmissionStatuses,
  SubmissionErrorCodes,
  type CreateSubmission,
  type SubmissionAction,
  type UpdateSubmission,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, forbidden, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { UserEntity } from '../users/user.entity.js';
import { SpeakerInvitationsService } from './speaker-invitations.service.js';
import { SubmissionReader } from './submission-reader.js';
import { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import { SubmissionEntity } from './submission.entity.js';
import { SubmissionWorkflow } from './submission-workflow.js';
import { SubmissionsRepository } from './submissions.repository.js';

const CONTENT_FIELDS = ['title', 'abstract', 'format', 'track', 'level', 'notes', 'topics'] as const;

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly repository: SubmissionsRepository,
    private readonly workflow: SubmissionWorkflow,
    private readonly audit: AuditService,
    private readonly reader: SubmissionReader,
    private readonly invitations: SpeakerInvitationsService,
  ) {}

  create(actor: AuthUser, input: CreateSubmission) {
    return this.repository.transaction(async (manager) => {
      const cfp = await manager.findOneBy(CfpEntity, { id: input.cfpId });
      if (!cfp) throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'No such call for papers', { cfpId: 'does not exist' });
      if (cfpState(this.window(cfp)) === 'closed') throw this.outsideWindow(cfp);
      this.checkFormatAndTrack(cfp, input);
      const me = await manager.findOneByOrFail(UserEntity, { id: actor.id });
      const submission = await manager.save(
        SubmissionEntity,
        manager.create(SubmissionEntity, {
          cfpId: cfp.id,
          submitterId: actor.id,
          title: input.title,
          abstract: input.abstract,
          format: input.format,
          track: input.track ?? null,
          topics: [...new Set(input.topics ?? [])],
          level: input.level ?? null,
          notes: input.notes ?? null,
          status: 'draft',
        }),
      );
      await manager.save(
        SubmissionSpeakerEntity,
        manager.create(SubmissionSpeakerEntity, {
          submissionId: submission.id,
          userId: me.id,
          email: me.email.toLowerCase(),
          name: me.name,
          affiliation: me.affiliation,
          status: 'accepted',
          position: 0,
        }),
      );
      await this.invite(manager, actor, submission, input.coSpeakerEmails ?? []);
      await this.repository.refreshSpeakerSearch(manager, submission.id);
      await this.audit.record(manager, actor, { entity: 'submission', entityId: submission.id, action: 'create', toState: 'draft' });
      return this.presentFor(manager, actor, submission.id);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateSubmission) {
    return this.repository.transaction(async (manager) => {
      const submission = await this.lockAsSpeaker(manager, actor, id, input.version);
      if (!EditableSubmissionStatuses.includes(submission.status)) {
        throw conflict(SubmissionErrorCodes.NOT_EDITABLE, `A ${submission.status} submission can no longer be edited`, {
          status: `is ${submission.status}`,
        });
      }
      const cfp = await manager.findOneByOrFail(CfpEntity, { id: submission.cfpId });
      const patch: Partial<SubmissionEntity> = {};
      for (const key of CONTENT_FIELDS) if (key in input) (patch as Record<string, unknown>)[key] = input[key] ?? null;
      const changes = changedFields(submission, patch);
      const newSpeakers = input.coSpeakerEmails ?? [];
      if (cfpState(this.window(cfp)) === 'closed') {
        // After the deadline only the fields the chair left open may change.
        const locked = Object.keys(changes).filter((field) => !(cfp.editableAfterClose as string[]).includes(field));
        if (newSpeakers.length) locked.push('coSpeakerEmails');
        if (locked.length) {
          throw unprocessable(
            SubmissionErrorCodes.LOCKED_FIELD,
            `The call for papers has closed; ${locked.join(', ')} can no longer be changed`,
            Object.fromEntries(locked.map((field) => [field, 'can no longer be changed'])),
          );
        }
      }
      this.checkFormatAndTrack(cfp, {
        format: patch.format ?? submission.format,
        track: 'track' in patch ? patch.track : submission.track,
        topics: patch.topics,
      });
      if (patch.topics) patch.topics = [...new Set(patch.topics)];
      await saveVersioned(manager, SubmissionEntity, submission, patch);
      await this.invite(manager, actor, submission, newSpeakers);
      await this.repository.refreshSpeakerSearch(manager, submission.id);
      await this.audit.record(manager, actor, { entity: 'submission', entityId: id, action: 'update', changes });
      return this.presentFor(manager, actor, id);
    });
  }

  // submit, withdraw, confirm, decline: the speaker's own moves.
  act(actor: AuthUser, id: number, action: SubmissionAction, version?: number) {
    return this.repository.transaction(async (manager) => {
      await this.checkSpeaker(manager, actor, id);
      await this.workflow.bySpeaker(manager, actor, id, action, version, async ({ record, to }) => {
        const cfp = await manager.findOneByOrFail(CfpEntity, { id: record.cfpId });
        if (action === 'submit' && cfpState(this.window(cfp)) !== 'open') throw this.outsideWindow(cfp);
        return {
          patch: {
            // A withdrawn talk takes its staged decision with it.
            pendingDecision: to === 'withdrawn' ? null : record.pendingDecision,
            ...(action === 'submit' ? { submittedAt: new Date() } : {}),
          },
        };
      });
      return this.presentFor(manager, actor, id);
    });
  }

  private invite(manager: EntityManager, actor: AuthUser, submission: SubmissionEntity, emails: string[]) {
    return this.invitations.invite(manager, actor, submission, emails);
  }

  private async lockAsSpeaker(manager: EntityManager, actor: AuthUser, id: number, version?: number): Promise<SubmissionEntity> {
    await this.checkSpeaker(manager, actor, id);
    return lockForUpdate(manager, SubmissionEntity, id, 'Submission', version);
  }

  private async checkSpeaker(manager: EntityManager, actor: AuthUser, id: number): Promise<void> {
    const isSpeaker = await manager
      .getRepository(SubmissionEntity)
      .createQueryBuilder('submission')
      .where('submission.id = :id', { id })
      .andWhere(
        `EXISTS (SELECT 1 FROM submission_speaker sp WHERE sp.submission_id = submission.id AND sp.status = 'accepted' AND ` +
          `sp.user_id = :me)`,
        { me: actor.id },
      )
      .getExists();
    if (!isSpeaker) {
      // Visible (a committee member) but not theirs: forbidden; invisible: not found.
      const scope = await ViewerScope.load(manager, actor);
      await this.reader.findVisible(manager, scope, id);
      throw forbidden('Only the speakers of a submission may change it');
    }
  }

  private async presentFor(manager: EntityManager, actor: AuthUser, id: number) {
    const scope = await ViewerScope.load(manager, actor);
    const submission = await this.reader.findVisible(manager, scope, id);
    return (await this.reader.present(manager, scope, [submission]))[0];
  }

  private window(cfp: CfpEntity) {
    return { opensAt: cfp.opensAt.toISOString(), closesAt: cfp.closesAt.toISOString() };
  }

  private outsideWindow(cfp: CfpEntity) {
    const when = (date: Date) => date.toLocaleString('en-GB', { timeZone: cfp.timeZone, dateStyle: 'long', timeStyle: 'short' });
    return new AppError(
      422,
      SubmissionErrorCodes.OUTSIDE_WINDOW,
      `The call for papers is open from ${when(cfp.opensAt)} to ${when(cfp.closesAt)} (${cfp.timeZone})`,
      {
        cfpId: 'is not open for submissions',
      },
    );
  }

  private checkFormatAndTrack(cfp: CfpEntity, input: { format: string; track?: string | null; topics?: string[] }) {
    if (!cfp.formats.some((format) => format.name === input.format)) {
      throw unprocessable(
        SubmissionErrorCodes.UNKNOWN_FORMAT,
        `This call for papers takes ${cfp.formats.map((format) => format.name).join(', ')}`,
        { format: 'is not offered' },
      );
    }
    if (input.track && !cfp.tracks.includes(input.track)) {
      throw unprocessable(SubmissionErrorCodes.UNKNOWN_TRACK, `This call for papers has the tracks ${cfp.tracks.join(', ') || '(none)'}`, {
        track: 'is not a track of this call',
      });
    }
    const unknown = (input.topics ?? []).filter((topic) => !cfp.topics.includes(topic));
    if (unknown.length) {
      throw unprocessable(SubmissionErrorCodes.UNKNOWN_TOPIC, `This call for papers has the topics ${cfp.topics.join(', ') || '(none)'}`, {
        topics: `${unknown.join(', ')} is not a topic of this call`,
      });
    }
  }
}
