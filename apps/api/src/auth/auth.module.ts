import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Transactions } from '../common/transactions.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { AuthRepository } from './auth.repository.js';
import { RateLimitRepository } from './rate-limit.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Module({
  imports: [
    PassportModule,
    UsersModule,
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.JWT_TTL as `${number}h`, algorithm: 'HS256' },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, Transactions],
      useFactory: (config: AppConfig, transactions: Transactions) => ({
        throttlers: [{ ttl: config.AUTH_RATE_WINDOW_SECONDS * 1000, limit: config.AUTH_RATE_LIMIT }],
        storage: new RateLimitRepository(transactions),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LocalStrategy, JwtStrategy, SignInThrottle, EmailVerificationService, AuthRepository],
})
export class AuthModule {}
