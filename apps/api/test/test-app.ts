import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@summitdesk/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { hashPassword } from '../src/auth/passwords.js';
import { loadConfig, type AppConfig } from '../src/config/config.js';
import type { DatabaseTarget } from '../src/database/data-source.js';
import { UserEntity } from '../src/users/user.entity.js';
import { createMigratedDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple-42';
let passwordHash: Promise<string> | undefined;

export type TestUser = { id: number; email: string; name: string; role: Role; token: string };

export type TestApp = {
  target: DatabaseTarget;
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  // A new user of the given role, with a valid access token.
  // Verified by default; pass `emailVerifiedAt: null` for an account that never confirmed its address.
  user: (
    role?: Role,
    fields?: Partial<Pick<UserEntity, 'name' | 'affiliation' | 'country' | 'email' | 'emailVerifiedAt'>>,
  ) => Promise<TestUser>;
  close: () => Promise<void>;
};

let userCount = 0;

// The real Nest app (same factory as production) on a real PostgreSQL schema with the real migrations.
export async function createTestApp(env: Record<string, string> = {}, shared?: { target: DatabaseTarget }): Promise<TestApp> {
  // A second app on the same schema stands in for a second replica.
  const { target, drop } = shared ? { target: shared.target, drop: async () => undefined } : await createMigratedDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-data-')),
    ADMIN_DIST: '/nonexistent',
    WORKERS: 'off',
    ...env,
  });
  const app = await createApp(config, target);
  await app.init();
  const dataSource = app.get(DataSource);
  const http = () => request(app.getHttpServer());

  const user: TestApp['user'] = async (role = 'member', fields = {}) => {
    userCount += 1;
    const email = fields.email ?? `user${userCount}-${randomBytes(3).toString('hex')}@example.test`;
    const created = await dataSource.getRepository(UserEntity).save({
      email,
      name: fields.name ?? `Test ${role} ${userCount}`,
      affiliation: fields.affiliation ?? null,
      country: fields.country ?? null,
      role,
      emailVerifiedAt: fields.emailVerifiedAt === undefined ? new Date() : fields.emailVerifiedAt,
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
    });
    // Tokens are minted as the login route does, so that many users do not trip its rate limit;
    // the login route itself is tested in auth.e2e-spec.
    const token = app.get(JwtService).sign({ sub: created.id, role });
    return { id: created.id, email, name: created.name, role, token };
  };

  return {
    target,
    app,
    http,
    dataSource,
    config,
    user,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

export const bearer = (user: { token: string }) => ({ Authorization: `Bearer ${user.token}` });
