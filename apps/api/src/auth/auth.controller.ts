import { Body, Controller, Get, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { LoginSchema, RegisterSchema, TokenSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, SignedIn } from '../common/auth.decorators.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { ApiRefusals, ApiResult } from '../common/api-responses.js';

class RegisterDto extends createZodDto(RegisterSchema) {}
class LoginDto extends createZodDto(LoginSchema) {}
class TokenDto extends createZodDto(TokenSchema) {}

@ApiTags('auth')
@ApiRefusals()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly verification: EmailVerificationService,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiResult(201)
  @Post('register')
  register(@Body() body: RegisterDto, @Headers('accept-language') acceptLanguage?: string) {
    return this.auth.register(body, acceptLanguage);
  }

  // Throttled per account and per address inside the credential check, not by the per-address guard.
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiResult()
  @Post('login')
  login(@CurrentUser() user: AuthUser, @Body() _body: LoginDto) {
    return this.auth.login(user);
  }

  // Public: the link may be opened in a browser where nobody is signed in; the token is the proof.
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiResult()
  @Post('verify-email')
  verifyEmail(@Body() body: TokenDto) {
    return this.verification.verify(body.token);
  }

  @SignedIn()
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiResult()
  @Post('resend-verification')
  resendVerification(@CurrentUser() user: AuthUser) {
    return this.verification.resend(user);
  }

  @SignedIn()
  @ApiBearerAuth()
  @ApiResult()
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return this.users.findOne(user, user.id);
  }
}
