import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CommonErrorCodes, type Register } from '@summitdesk/contracts';
import { QueryFailedError } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { UserEntity } from '../users/user.entity.js';
import { presentUser } from '../users/user.presenter.js';
import { EmailVerificationService } from './email-verification.service.js';
import { decoy, hashPassword, passwordWeakness, verifyPassword } from './passwords.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { Transactions } from '../common/transactions.js';
import { UsersService } from '../users/users.service.js';
import { AuthRepository } from './auth.repository.js';

const badCredentials = () => new AppError(401, CommonErrorCodes.BAD_CREDENTIALS, 'E-mail or password is not right');
const emailTaken = () =>
  conflict(CommonErrorCodes.EMAIL_TAKEN, 'An account with this e-mail already exists; sign in instead', {
    email: 'already has an account',
  });

@Injectable()
export class AuthService {
  // Sign-ins and refusals, by user id and client address: never the typed e-mail (people paste
  // passwords into it), the password or a token.
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: AuthRepository,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly verification: EmailVerificationService,
  ) {}

  async checkCredentials(email: string, password: string, address: string): Promise<AuthUser> {
    try {
      await this.throttle.claim(email, address);
    } catch (error) {
      this.logger.warn(`sign-in refused: throttled, from ${address}`);
      throw error;
    }
    const user = await this.transactions.reader
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
    // The same answer, after the same work, whether the e-mail is unknown, the password wrong or the
    // account disabled: nothing tells an attacker which addresses exist.
    const ok = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
    if (!user || !ok || user.disabled) {
      const who = user ? `user ${user.id}${user.disabled ? ' (disabled)' : ''}` : 'an unknown account';
      this.logger.warn(`sign-in refused: bad credentials for ${who}, from ${address}`);
      await this.throttle.failed(email);
      throw badCredentials();
    }
    await this.throttle.succeeded(email, address);
    this.logger.log(`signed in: user ${user.id}, from ${address}`);
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  // The user as GET /api/auth/me answers it: the admin shows the first screen from this answer
  // (the "confirm your address" banner reads emailVerified) without asking again.
  async login(user: AuthUser) {
    return { accessToken: this.jwt.sign({ sub: user.id, role: user.role }), user: await this.users.findOne(user, user.id) };
  }

  async register(input: Register, acceptLanguage?: string) {
    // Mail is written in the chosen language, else the browser's first choice of the two we write.
    const language = input.language ?? (/^\s*de\b/i.test(acceptLanguage ?? '') ? 'de' : 'en');
    const weakness = passwordWeakness(input.password, [input.email, input.name]);
    if (weakness) throw unprocessable(CommonErrorCodes.WEAK_PASSWORD, `The password ${weakness}`, { password: weakness });
    const passwordHash = await hashPassword(input.password);
    return this.transactions
      .run(async (manager) => {
        // One registration per address at a time: the check below then sees any account just created.
        await this.repository.lockAddress(manager, input.email);
        const taken = await manager
          .getRepository(UserEntity)
          .createQueryBuilder('user')
          .where('lower(user.email) = lower(:email)', { email: input.email })
          .getExists();
        // Registration must say the address is taken to be usable; the rate limit keeps it from being an oracle.
        if (taken) throw emailTaken();
        const user = await this.users.createMember(manager, {
          email: input.email.trim(),
          name: input.name,
          affiliation: input.affiliation ?? null,
          country: input.country ?? null,
          passwordHash,
          language,
        });
        await this.audit.record(
          manager,
          { id: user.id, email: user.email, name: user.name, role: user.role },
          {
            entity: 'user',
            entityId: user.id,
            action: 'register',
            toState: 'member',
          },
        );
        await this.verification.sendLink(manager, user);
        return { user: presentUser(user) };
      })
      .catch((error: unknown) => {
        // Two registrations of one address at the same moment both pass the check; the unique index decides.
        if (error instanceof QueryFailedError && (error as QueryFailedError & { constraint?: string }).constraint === 'uq_app_user_email')
          throw emailTaken();
        throw error;
      });
  }
}
