import {
  allowedBoothProposalActions,
  boothProposalPath,
  type BoothProposal,
  type BoothProposalAction,
  type BoothProposalActor,
} from '@summitdesk/contracts';
import { useViewer, type Viewer } from '../common/useViewer';

// The actions the viewer may take on this proposal now, from the shared state machine, with the
// hats they wear for it (its proposer, an organizer, or both).
export function allowedProposalActions(record: BoothProposal, { role, id }: Viewer): BoothProposalAction[] {
  if (!role || id === undefined) return [];
  const actors: BoothProposalActor[] = [];
  if (record.proposerId === id) actors.push('proposer');
  if (role === 'organizer') actors.push('organizer');
  // Shipping is recorded by the shipments screens, not by a button here.
  return allowedBoothProposalActions(record.status, actors, boothProposalPath(record)).filter((action) => action !== 'mark_shipped');
}

export function useAllowedProposalActions(record: BoothProposal | undefined): BoothProposalAction[] {
  const viewer = useViewer();
  return record ? allowedProposalActions(record, viewer) : [];
}
