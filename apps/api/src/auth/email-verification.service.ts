import { Inject, Injectable } from '@nestjs/common';
import { CommonErrorCodes } from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { hashLinkToken, newLinkToken } from '../common/link-token.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UserEntity } from '../users/user.entity.js';
import { EmailVerificationEntity } from './email-verification.entity.js';
import { Transactions } from '../common/transactions.js';
import { UsersService } from '../users/users.service.js';
import { AuthRepository } from './auth.repository.js';

const badLink = () =>
  unprocessable(CommonErrorCodes.BAD_TOKEN, 'This verification link is not valid; sign in and ask for a new one', {
    token: 'is not valid',
  });

// Proves that a member owns their address by a link mailed to it. Until then nothing sent to the
// address (a co-speaker invitation) can be claimed by the account; signing in and everything else
// works without it.
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: AuthRepository,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Queues the mail in the caller's transaction: no account, no mail.
  async sendLink(manager: EntityManager, user: Pick<UserEntity, 'id' | 'email' | 'name'>): Promise<void> {
    const { token, hash } = newLinkToken();
    await manager.insert(EmailVerificationEntity, {
      userId: user.id,
      email: user.email,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.EMAIL_TOKEN_HOURS * 3_600_000),
    });
    // The token travels in the fragment, which browsers never send to a server, so it stays out of access logs.
    await this.notifications.queue(manager, {
      toUserId: user.id,
      toEmail: user.email,
      kind: 'email_verification',
      params: { name: user.name, hours: this.config.EMAIL_TOKEN_HOURS, link: `/verify-email#token=${token}` },
    });
  }

  async verify(token: string) {
    return this.transactions.run(async (manager) => {
      const link = await manager
        .getRepository(EmailVerificationEntity)
        .createQueryBuilder('link')
        .setLock('pessimistic_write')
        .where('link.token_hash = :hash', { hash: hashLinkToken(token) })
        .getOne();
      if (!link) throw badLink();
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('user')
        .setLock('pessimistic_write')
        .where('user.id = :id', { id: link.userId })
        .getOne();
      // A link proves the address it was sent to, and only that one.
      if (!user || user.email.toLowerCase() !== link.email.toLowerCase()) throw badLink();
      if (link.usedAt || user.emailVerifiedAt) return { email: user.email, emailVerified: true };
      if (link.expiresAt.getTime() <= Date.now()) {
        throw unprocessable(CommonErrorCodes.BAD_TOKEN, 'This verification link has expired; sign in and ask for a new one', {
          token: 'has expired',
        });
      }
      const now = new Date();
      await manager.update(EmailVerificationEntity, { id: link.id }, { usedAt: now });
      await this.users.markEmailVerified(manager, user.id, now);
      await this.audit.record(
        manager,
        { id: user.id, email: user.email, name: user.name, role: user.role },
        { entity: 'user', entityId: user.id, action: 'verify_email', toState: 'verified' },
      );
      return { email: user.email, emailVerified: true };
    });
  }

  // A new link, at most VERIFICATION_MAILS_PER_HOUR an hour per account (mail is not free, and
  // the address may not be the member's).
  async resend(actor: AuthUser) {
    return this.transactions.run(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('user')
        .setLock('pessimistic_write')
        .where('user.id = :id', { id: actor.id })
        .getOne();
      if (!user) throw notFound('User');
      if (user.emailVerifiedAt)
        throw conflict(CommonErrorCodes.EMAIL_ALREADY_VERIFIED, 'Your address is already verified', { email: 'is verified' });
      const recent = await this.repository.recentVerifications(manager, user.id);
      if (recent.sent >= this.config.VERIFICATION_MAILS_PER_HOUR) {
        const wait = Math.max(1, Number(recent.wait));
        throw new AppError(
          429,
          CommonErrorCodes.RATE_LIMITED,
          `A verification link was sent ${recent.sent} times in the last hour; try again in ${Math.ceil(wait / 60)} min`,
          undefined,
          { 'Retry-After': String(wait) },
        );
      }
      await this.sendLink(manager, user);
      return { email: user.email, sent: true };
    });
  }
}
