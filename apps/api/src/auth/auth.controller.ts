import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { LoginSchema, RegisterSchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';
import type { AuthUser } from '../common/auth-user.js';
import { CurrentUser, Public, SignedIn } from '../common/auth.decorators.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { LocalAuthGuard } from './local-auth.guard.js';

class RegisterDto extends createZodDto(RegisterSchema) {}
class LoginDto extends createZodDto(LoginSchema) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('register')
  register(@Body() body: RegisterDto) {
    return this.auth.register(body);
  }

  @Public()
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @HttpCode(200)
  @Post('login')
  login(@CurrentUser() user: AuthUser, @Body() _body: LoginDto) {
    return this.auth.login(user);
  }

  @SignedIn()
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return this.users.findOne(user, user.id);
  }
}
