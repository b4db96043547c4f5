import { ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { CommonErrorCodes, MAX_INT4 } from '@summitdesk/contracts';
import type { Request } from 'express';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { IS_PUBLIC } from '../common/auth.decorators.js';
import { AuthRepository } from './auth.repository.js';

const BEARER = /^Bearer\s+(\S+)$/i;

const unauthenticated = (reason = 'Sign in to continue') =>
  new AppError(401, CommonErrorCodes.UNAUTHENTICATED, reason, undefined, { 'WWW-Authenticate': 'Bearer' });

// Every route but the @Public ones needs the bearer token we signed at sign-in (HS256 only: a token
// naming `none` or another algorithm is refused whatever it says), not expired, of a user who is
// looked up on every request, so that a disabled user's token stops working at once and a role
// change takes effect without a new sign-in.
// The token is checked with the JWT library directly, as Nest's own authentication guide does:
// passport's JWT strategy built a strategy object and its closures on every request, a few per cent
// of a short request (bench/README.md). Passport still runs the sign-in (local.strategy.ts).
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: AuthRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    request.user = await this.userOf(request.headers.authorization);
    return true;
  }

  private async userOf(header: string | undefined): Promise<AuthUser> {
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw unauthenticated();
    let subject: unknown;
    try {
      subject = this.jwt.verify<{ sub?: unknown }>(token).sub;
    } catch (error) {
      throw unauthenticated((error as Error).name === 'TokenExpiredError' ? 'Your session has expired; sign in again' : undefined);
    }
    // Only our own signed tokens get here, but the id is still checked before it reaches a query.
    if (!Number.isSafeInteger(subject) || (subject as number) < 1 || (subject as number) > MAX_INT4) throw unauthenticated();
    // A database that cannot answer is not the client's fault: its error propagates (503), where a
    // 401 would sign the client out.
    const user = await this.users.tokenUser(subject as number);
    if (!user || user.disabled) throw unauthenticated();
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
