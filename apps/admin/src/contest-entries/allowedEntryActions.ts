import { contestEntryMachine, type ContestEntry, type ContestEntryAction } from '@summitdesk/contracts';
import type { Viewer } from '../common/useViewer';

// The actions the viewer may take on this entry now, straight from the shared state machine.
export function allowedEntryActions(record: Pick<ContestEntry, 'status'>, { role }: Viewer): ContestEntryAction[] {
  return role ? contestEntryMachine.allowedActions(record.status, role) : [];
}
