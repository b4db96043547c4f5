import { usePermissions } from 'react-admin';
import { contestEntryMachine, type ContestEntry, type ContestEntryAction, type Role } from '@summitdesk/contracts';

export function useAllowedEntryActions(record: Pick<ContestEntry, 'status'> | undefined): ContestEntryAction[] {
  const { permissions } = usePermissions<Role>();
  if (!record || !permissions) return [];
  return contestEntryMachine.allowedActions(record.status, permissions);
}
