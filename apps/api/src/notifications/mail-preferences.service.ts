import { Injectable } from '@nestjs/common';
import {
  MailKindsOffByDefault,
  OptionalMailKinds,
  RequiredMailKinds,
  type MailKind,
  type MailPreferences,
  type UpdateMailPreferences,
} from '@summitdesk/contracts';
import { In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { Transactions } from '../common/transactions.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { MailPreferenceEntity } from './mail-preference.entity.js';

const isOptional = (kind: MailKind) => (OptionalMailKinds as readonly MailKind[]).includes(kind);
const byDefault = (kind: MailKind) => !MailKindsOffByDefault.includes(kind);

// Which mails a member gets: the optional kinds they turned on or off, and their mail language.
// Required kinds (see RequiredMailKinds) and news (the subscription's own settings) always go out.
@Injectable()
export class MailPreferencesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersService,
  ) {}

  async wants(manager: EntityManager, userId: number, kind: MailKind): Promise<boolean> {
    if (!isOptional(kind)) return true;
    const row = await manager.findOneBy(MailPreferenceEntity, { userId, kind });
    return row ? row.enabled : byDefault(kind);
  }

  // wants() for many members and kinds, read in one statement: the answer per member and kind.
  async wantsMany(manager: EntityManager, userIds: number[], kinds: MailKind[]): Promise<(userId: number, kind: MailKind) => boolean> {
    const optional = [...new Set(kinds.filter(isOptional))];
    const rows =
      userIds.length === 0 || optional.length === 0
        ? []
        : await manager.find(MailPreferenceEntity, { where: { userId: In(userIds), kind: In(optional) } });
    const chosen = new Map(rows.map((row) => [`${row.userId} ${row.kind}`, row.enabled]));
    return (userId, kind) => !isOptional(kind) || (chosen.get(`${userId} ${kind}`) ?? byDefault(kind));
  }

  // Members who turned a kind on (for mail about something that is nobody's own, such as voting opening).
  async optedIn(manager: EntityManager, kind: MailKind): Promise<number[]> {
    const rows = await manager.find(MailPreferenceEntity, { where: { kind, enabled: true }, select: { userId: true } });
    return rows.map((row) => row.userId);
  }

  mine(actor: AuthUser): Promise<MailPreferences> {
    return this.read(this.transactions.reader, actor.id);
  }

  update(actor: AuthUser, input: UpdateMailPreferences): Promise<MailPreferences> {
    return this.transactions.run(async (manager) => {
      if (input.language) await this.users.setLanguage(manager, actor.id, input.language);
      for (const [kind, enabled] of Object.entries(input.kinds ?? {})) {
        if (typeof enabled !== 'boolean') continue;
        await manager.upsert(MailPreferenceEntity, { userId: actor.id, kind, enabled, updatedAt: new Date() }, ['userId', 'kind']);
      }
      return this.read(manager, actor.id);
    });
  }

  private async read(manager: EntityManager, userId: number): Promise<MailPreferences> {
    const user = await manager.findOne(UserEntity, { where: { id: userId }, select: { id: true, language: true } });
    const rows = await manager.findBy(MailPreferenceEntity, { userId });
    const chosen = new Map(rows.map((row) => [row.kind, row.enabled]));
    const kinds = Object.fromEntries(OptionalMailKinds.map((kind) => [kind, chosen.get(kind) ?? byDefault(kind)]));
    return { id: 'me', language: user?.language ?? 'en', kinds, required: [...RequiredMailKinds] };
  }
}
