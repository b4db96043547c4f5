import { eventMachine, type Event, type EventAction } from '@summitdesk/contracts';
import { useViewer, type Viewer } from '../common/useViewer';

// The actions the viewer may take on this event now, straight from the shared state machine.
export function allowedEventActions(record: Pick<Event, 'status'>, { role }: Viewer): EventAction[] {
  return role ? eventMachine.allowedActions(record.status, role) : [];
}

export function useAllowedEventActions(record: Pick<Event, 'status'> | undefined): EventAction[] {
  const viewer = useViewer();
  return record ? allowedEventActions(record, viewer) : [];
}
