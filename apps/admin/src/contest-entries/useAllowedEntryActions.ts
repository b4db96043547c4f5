import { contestEntryMachine, type ContestEntry, type ContestEntryAction } from '@summitdesk/contracts';
import { useViewer, type Viewer } from '../common/useViewer';

export function allowedEntryActions(record: Pick<ContestEntry, 'status'>, { role }: Viewer): ContestEntryAction[] {
  return role ? contestEntryMachine.allowedActions(record.status, role) : [];
}

export function useAllowedEntryActions(record: Pick<ContestEntry, 'status'> | undefined): ContestEntryAction[] {
  const viewer = useViewer();
  return record ? allowedEntryActions(record, viewer) : [];
}
