import { Inject, Injectable } from '@nestjs/common';
import { CommonErrorCodes, SubmissionErrorCodes, type SpeakerInvitation } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { hashLinkToken, newLinkToken } from '../common/link-token.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EventEntity } from '../events/event.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UserEntity } from '../users/user.entity.js';
import { SpeakerInvitationEntity } from './speaker-invitation.entity.js';
import { inviteSpeakers } from './speakers.js';
import { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import { SubmissionEntity } from './submission.entity.js';
import { SubmissionsRepository } from './submissions.repository.js';

const noInvitation = () =>
  new AppError(404, SubmissionErrorCodes.NO_INVITATION, 'This invitation link is not valid', { token: 'is not valid' });

type Found = { invitation: SpeakerInvitationEntity; speaker: SubmissionSpeakerEntity; submission: SubmissionEntity };

// Co-speakers are invited by single-use links. The mail goes to the address the submitter typed,
// but the address grants nothing: whoever follows the link, signed in with a verified account,
// becomes the speaker, and from then on is matched by user id alone.
@Injectable()
export class SpeakerInvitationsService {
  constructor(
    private readonly repository: SubmissionsRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // In the caller's transaction, with the submission row locked by it.
  async invite(manager: EntityManager, actor: AuthUser, submission: SubmissionEntity, emails: string[]): Promise<void> {
    const wanted = emails.filter((email) => email.trim().toLowerCase() !== actor.email.toLowerCase());
    if (wanted.length === 0) return;
    await this.repository.lockInvitationsOf(manager, actor.id);
    const speakers = await inviteSpeakers(manager, submission, wanted);
    if (speakers.length === 0) return;
    await this.checkCaps(manager, actor, submission, speakers.length);

    const cfp = await manager.findOneByOrFail(CfpEntity, { id: submission.cfpId });
    const event = await manager.findOneByOrFail(EventEntity, { id: cfp.eventId });
    const expiresAt = new Date(Date.now() + this.config.INVITATION_DAYS * 86_400_000);
    for (const speaker of speakers) {
      await this.repository.expireOpenInvitations(manager, speaker.id);
      const { token, hash } = newLinkToken();
      await manager.insert(SpeakerInvitationEntity, {
        submissionId: submission.id,
        speakerId: speaker.id,
        invitedById: actor.id,
        tokenHash: hash,
        expiresAt,
      });
      await this.notifications.queue(manager, {
        toEmail: speaker.email,
        // A speaker with an account reads it in their language; the invitation goes to the address named.
        ...(speaker.userId ? { toUserId: speaker.userId } : {}),
        kind: 'speaker_invitation',
        params: {
          inviter: actor.name,
          title: submission.title,
          eventName: event.name,
          expiresOn: expiresAt.toISOString().slice(0, 10),
          link: `/invitations/accept?token=${token}`,
        },
      });
    }
  }

  // What the link is for, so that its holder can decide; it changes nothing.
  async show(token: string): Promise<SpeakerInvitation> {
    const { invitation, speaker, submission } = await this.find(this.repository.manager, token, false);
    const cfp = await this.repository.manager.findOneByOrFail(CfpEntity, { id: submission.cfpId });
    const event = await this.repository.manager.findOneByOrFail(EventEntity, { id: cfp.eventId });
    const inviter = await this.repository.manager.findOneBy(UserEntity, { id: invitation.invitedById });
    const status =
      invitation.answer ?? (speaker.status !== 'invited' || invitation.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending');
    return {
      submissionId: submission.id,
      title: submission.title,
      eventName: event.name,
      invitedBy: inviter?.name ?? '',
      email: speaker.email,
      expiresAt: invitation.expiresAt.toISOString(),
      status,
    };
  }

  answer(actor: AuthUser, token: string, accept: boolean) {
    return this.repository.transaction(async (manager) => {
      const me = await manager.findOneByOrFail(UserEntity, { id: actor.id });
      if (!me.emailVerifiedAt) {
        throw new AppError(
          403,
          CommonErrorCodes.EMAIL_NOT_VERIFIED,
          'Confirm your e-mail address first: open the link we mailed you, or ask for a new one',
          { email: 'is not verified' },
        );
      }
      const { invitation, speaker, submission } = await this.find(manager, token, true);
      if (invitation.answer || speaker.status !== 'invited') {
        throw conflict(SubmissionErrorCodes.INVITATION_USED, 'This invitation has already been answered', { token: 'has been used' });
      }
      if (invitation.expiresAt.getTime() <= Date.now()) {
        throw unprocessable(SubmissionErrorCodes.INVITATION_EXPIRED, 'This invitation has expired; ask the speaker to invite you again', {
          token: 'has expired',
        });
      }
      if (accept) {
        const already = await manager.findOneBy(SubmissionSpeakerEntity, { submissionId: submission.id, userId: me.id });
        if (already)
          throw conflict(SubmissionErrorCodes.ALREADY_SPEAKER, 'You are already a speaker of this talk', {
            token: 'is for a talk you speak on',
          });
      }
      const now = new Date();
      await manager.update(
        SubmissionSpeakerEntity,
        { id: speaker.id },
        accept ? { status: 'accepted', userId: me.id, name: me.name, affiliation: me.affiliation } : { status: 'declined' },
      );
      await manager.update(
        SpeakerInvitationEntity,
        { id: invitation.id },
        { answer: accept ? 'accepted' : 'declined', answeredById: me.id, answeredAt: now },
      );
      await manager.increment(SubmissionEntity, { id: submission.id }, 'version', 1);
      await this.repository.refreshSpeakerSearch(manager, submission.id);
      await this.audit.record(manager, actor, {
        entity: 'submission',
        entityId: submission.id,
        action: accept ? 'accept_invitation' : 'decline_invitation',
        note: me.name,
      });
      return { submissionId: submission.id, answer: accept ? ('accepted' as const) : ('declined' as const) };
    });
  }

  private async find(manager: EntityManager, token: string, lock: boolean): Promise<Found> {
    const query = manager
      .getRepository(SpeakerInvitationEntity)
      .createQueryBuilder('invitation')
      .where('invitation.token_hash = :hash', { hash: hashLinkToken(token) });
    if (lock) query.setLock('pessimistic_write');
    const invitation = await query.getOne();
    if (!invitation) throw noInvitation();
    const speakerQuery = manager
      .getRepository(SubmissionSpeakerEntity)
      .createQueryBuilder('speaker')
      .where('speaker.id = :id', { id: invitation.speakerId });
    if (lock) speakerQuery.setLock('pessimistic_write');
    const speaker = await speakerQuery.getOne();
    const submission = await manager.findOneBy(SubmissionEntity, { id: invitation.submissionId });
    if (!speaker || !submission) throw noInvitation();
    return { invitation, speaker, submission };
  }

  // Each invitation is a mail to an address nobody has confirmed: a day's worth is capped per
  // talk and per member, so the portal cannot be used to send mail at will.
  private async checkCaps(manager: EntityManager, actor: AuthUser, submission: SubmissionEntity, adding: number) {
    const caps = [
      { by: { submissionId: submission.id }, limit: this.config.INVITATIONS_PER_SUBMISSION_PER_DAY, what: 'this talk' },
      { by: { invitedById: actor.id }, limit: this.config.INVITATIONS_PER_MEMBER_PER_DAY, what: 'you' },
    ];
    for (const cap of caps) {
      const row = await this.repository.invitationsInLastDay(manager, cap.by);
      if (row.sent + adding > cap.limit) {
        const left = Math.max(0, cap.limit - row.sent);
        throw new AppError(
          429,
          SubmissionErrorCodes.TOO_MANY_INVITATIONS,
          `At most ${cap.limit} co-speaker invitations a day are sent for ${cap.what}; ${left} left today. Try again later.`,
          { coSpeakerEmails: `at most ${cap.limit} invitations a day for ${cap.what}` },
          { 'Retry-After': String(Math.max(1, Number(row.wait) || 86_400)) },
        );
      }
    }
  }
}
