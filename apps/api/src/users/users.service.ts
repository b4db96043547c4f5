import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import { CommonErrorCodes, Roles, type MailLanguage, type Role, type UpdateUser } from '@summitdesk/contracts';
import { AuditService } from '../audit-log/audit.service.js';
import { forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import type { EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { presentUser } from './user.presenter.js';
import { Transactions } from '../common/transactions.js';

const userListSpec: ListSpec = {
  resource: 'users',
  sortable: { name: 'user.name', email: 'lower(user.email)', createdAt: 'user.created_at', id: 'user.id', role: 'user.role' },
  filterable: {
    id: { column: 'user.id', type: 'int' },
    role: { column: 'user.role', type: 'text', values: Roles },
    disabled: { column: 'user.disabled', type: 'bool' },
    country: { column: 'user.country', type: 'text' },
  },
  search: `(user.name || ' ' || user.email || ' ' || coalesce(user.affiliation, ''))`,
  defaultSort: ['name', 'ASC'],
  idColumn: 'user.id',
};

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(this.transactions.reader.getRepository(UserEntity).createQueryBuilder('user'), query, userListSpec, presentUser);
  }

  // Global search: members are found by organizers only (like the list).
  async search(actor: AuthUser, q: string, limit: number): Promise<SearchHit[]> {
    if (actor.role !== 'organizer') return [];
    const page = await this.list({ filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((user) => ({ type: 'users', id: user.id, title: user.name, subtitle: user.email }));
  }

  // Members may read only themselves; anyone else is "not found" to them.
  async findOne(actor: AuthUser, id: number) {
    if (actor.role !== 'organizer' && actor.id !== id) throw notFound('User');
    const user = await this.transactions.reader.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('User');
    return presentUser(user);
  }

  async update(actor: AuthUser, id: number, input: UpdateUser) {
    if (actor.role !== 'organizer' && actor.id !== id) throw notFound('User');
    return this.transactions.run(async (manager) => {
      const user = await lockForUpdate(manager, UserEntity, id, 'User', input.version);
      const patch = {
        name: input.name,
        affiliation: input.affiliation ?? null,
        country: input.country ?? null,
        language: input.language ?? user.language,
      };
      const changes = changedFields(user, patch);
      const saved = await saveVersioned(manager, UserEntity, user, patch);
      await this.audit.record(manager, actor, { entity: 'user', entityId: id, action: 'update', changes });
      return presentUser(saved);
    });
  }

  setDisabled(actor: AuthUser, id: number, disabled: boolean, version?: number) {
    if (actor.id === id && disabled) {
      throw unprocessable(CommonErrorCodes.FORBIDDEN, 'You cannot disable your own account', { id: 'is you' });
    }
    return this.changeUser(
      actor,
      id,
      version,
      disabled ? 'disable' : 'enable',
      () => ({ disabled }),
      (user) => [user.disabled ? 'disabled' : 'active', disabled ? 'disabled' : 'active'],
    );
  }

  changeRole(actor: AuthUser, id: number, role: Role, version?: number) {
    if (actor.id === id && role !== 'organizer') {
      throw unprocessable(CommonErrorCodes.FORBIDDEN, 'You cannot take the organizer role from yourself', { role: 'would lock you out' });
    }
    return this.changeUser(
      actor,
      id,
      version,
      'change_role',
      () => ({ role }),
      (user) => [user.role, role],
    );
  }

  // A new member account (registration); the caller has checked the address is free.
  createMember(
    manager: EntityManager,
    account: {
      email: string;
      name: string;
      affiliation: string | null;
      country: string | null;
      passwordHash: string;
      language: MailLanguage;
    },
  ): Promise<UserEntity> {
    return manager.save(UserEntity, manager.create(UserEntity, { ...account, role: 'member' }));
  }

  // The member chose the language their mail is written in (the mail preferences screen).
  async setLanguage(manager: EntityManager, id: number, language: MailLanguage): Promise<void> {
    await manager.update(UserEntity, { id }, { language });
  }

  // The member opened the link mailed to their address.
  async markEmailVerified(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager.update(UserEntity, { id }, { emailVerifiedAt: at });
  }

  private changeUser(
    actor: AuthUser,
    id: number,
    version: number | undefined,
    action: string,
    patchFor: (user: UserEntity) => Partial<UserEntity>,
    states: (user: UserEntity) => [string, string],
  ) {
    return this.transactions.run(async (manager) => {
      // The acting organizer's row is locked with the target's (in id order), and their standing read
      // again under the lock: two organizers demoting or disabling each other at the same moment are
      // taken one after the other, and the second is refused, so an organizer always remains.
      const rows = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('user')
        .setLock('pessimistic_write')
        .where('user.id IN (:...ids)', { ids: [actor.id, id] })
        .orderBy('user.id')
        .getMany();
      const self = rows.find((row) => row.id === actor.id);
      if (!self || self.disabled || self.role !== 'organizer') throw forbidden('Only organizers may do this');
      const user = await lockForUpdate(manager, UserEntity, id, 'User', version);
      const [fromState, toState] = states(user);
      const saved = await saveVersioned(manager, UserEntity, user, patchFor(user));
      await this.audit.record(manager, actor, { entity: 'user', entityId: id, action, fromState, toState });
      return presentUser(saved);
    });
  }
}
