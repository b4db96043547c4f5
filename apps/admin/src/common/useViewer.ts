import { useGetIdentity, usePermissions, type Identifier } from 'react-admin';
import type { Role } from '@summitdesk/contracts';

// Who is looking: the signed-in role and user id, either unknown while they load.
export type Viewer = { role: Role | undefined; id: Identifier | undefined };

export function useViewer(): Viewer {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  return { role: permissions ?? undefined, id: identity?.id };
}
