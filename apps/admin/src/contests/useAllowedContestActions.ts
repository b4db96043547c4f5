import { usePermissions } from 'react-admin';
import { allowedContestActions, type Contest, type ContestAction, type Role } from '@summitdesk/contracts';

// The actions the signed-in user may take on this contest now, straight from the shared state machine.
export function useAllowedContestActions(record: Pick<Contest, 'status'> | undefined): ContestAction[] {
  const { permissions } = usePermissions<Role>();
  if (!record || !permissions) return [];
  return allowedContestActions(record.status, permissions);
}
