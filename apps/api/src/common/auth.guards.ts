import { ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorCodes, type Role } from '@summitdesk/contracts';
import { AppError } from './app-error.js';
import type { AuthUser } from './auth-user.js';
import { IS_PUBLIC, ROLES } from './auth.decorators.js';

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
