import { allowedContestActions as allowedByMachine, type Contest, type ContestAction } from '@summitdesk/contracts';
import { useViewer, type Viewer } from '../common/useViewer';

// The actions the viewer may take on this contest now, straight from the shared state machine.
export function allowedContestActions(record: Pick<Contest, 'status'>, { role }: Viewer): ContestAction[] {
  return role ? allowedByMachine(record.status, role) : [];
}

export function useAllowedContestActions(record: Pick<Contest, 'status'> | undefined): ContestAction[] {
  const viewer = useViewer();
  return record ? allowedContestActions(record, viewer) : [];
}
