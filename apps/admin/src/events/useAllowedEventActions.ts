import { usePermissions } from 'react-admin';
import { eventMachine, type Event, type EventAction, type Role } from '@summitdesk/contracts';

// The actions the signed-in user may take on this event now, straight from the shared state machine.
export function useAllowedEventActions(record: Pick<Event, 'status'> | undefined): EventAction[] {
  const { permissions } = usePermissions<Role>();
  if (!record || !permissions) return [];
  return eventMachine.allowedActions(record.status, permissions);
}
