import { ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { CommonErrorCodes, type Role } from '@summitdesk/contracts';
import { AppError } from './app-error.js';
import type { AuthUser } from './auth-user.js';
import { IS_PUBLIC, ROLES } from './auth.decorators.js';
import { isDatabaseUnavailable } from './error.filter.js';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    // The token may be fine: the user could not be looked up. A 401 would sign the client out.
    if (isDatabaseUnavailable(error)) throw error;
    if (error || !user) {
      const reason =
        info instanceof Error && info.name === 'TokenExpiredError' ? 'Your session has expired; sign in again' : 'Sign in to continue';
      throw new AppError(401, CommonErrorCodes.UNAUTHENTICATED, reason, undefined, { 'WWW-Authenticate': 'Bearer' });
    }
    return user;
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    // Fail closed: a route without an access rule is a mistake, not an invitation.
    if (!roles?.length) throw new AppError(403, CommonErrorCodes.FORBIDDEN, 'This route has no access rule');
    const user = context.switchToHttp().getRequest().user as AuthUser | undefined;
    if (user && roles.includes(user.role)) return true;
    throw new AppError(403, CommonErrorCodes.FORBIDDEN, `Only ${roles.join(' or ')}s may do this`);
  }
}
