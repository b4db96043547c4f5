import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { CommonErrorCodes, LoginSchema } from '@summitdesk/contracts';
import { AppError } from '../common/app-error.js';
import { zodFieldErrors } from '../common/error.filter.js';

// Validates the body before passport sees it, so a malformed login is a 400 that names the field.
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const parsed = LoginSchema.safeParse(context.switchToHttp().getRequest().body);
    if (!parsed.success) {
      throw new AppError(400, CommonErrorCodes.VALIDATION, 'E-mail and password are required', zodFieldErrors(parsed.error));
    }
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new AppError(401, CommonErrorCodes.BAD_CREDENTIALS, 'E-mail or password is not right');
    return user;
  }
}
