import type { User } from '@summitdesk/contracts';
import type { UserEntity } from './user.entity.js';

export function presentUser(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    affiliation: user.affiliation,
    country: user.country,
    role: user.role,
    disabled: user.disabled,
    emailVerified: !!user.emailVerifiedAt,
    emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    language: user.language ?? 'en',
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}
