import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Roles as AllRoles, type Role } from '@summitdesk/contracts';
import type { AuthUser } from './auth-user.js';

export const IS_PUBLIC = 'isPublic';
export const ROLES = 'roles';

// Every route says who may call it, on the handler or its controller: @Public() for visitors,
// @SignedIn() for any signed-in member, @Roles(...) for some roles. A route that says nothing is
// refused (RolesGuard), and the route inventory test names it.
export const Public = () => SetMetadata(IS_PUBLIC, true);
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);
export const SignedIn = () => SetMetadata(ROLES, [...AllRoles]);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest().user as AuthUser;
});
