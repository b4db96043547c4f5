import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
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
import { JwtAuthGuard } from './jwt-auth.guard.js';
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
        // A key object made once: given the secret as a string, the JWT library would first try to
        // read it as a PEM key on every call (about 330 µs); the prepared key takes a few µs.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { expiresIn: config.JWT_TTL as `${number}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
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
  providers: [AuthService, LocalStrategy, JwtAuthGuard, SignInThrottle, EmailVerificationService, AuthRepository],
  // The app's first global guard (app.module.ts), made here where its key and user lookup live.
  exports: [JwtAuthGuard],
})
export class AuthModule {}
