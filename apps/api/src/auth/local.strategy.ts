import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { AuthUser } from '../common/auth-user.js';
import { AuthService } from './auth.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  // The client address as Express sees it: X-Forwarded-For only from proxies named in TRUST_PROXY.
  validate(request: Request, email: string, password: string): Promise<AuthUser> {
    return this.auth.checkCredentials(email, password, request.ip ?? 'unknown');
  }
}
