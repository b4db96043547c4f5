import { useGetIdentity, usePermissions } from 'react-admin';
import { allowedBoothProposalActions, boothProposalPath, type BoothProposal, type BoothProposalAction, type BoothProposalActor, type Role } from '@summitdesk/contracts';

// The actions the signed-in user may take on this proposal now, from the shared state machine,
// with the hats they wear for it (its proposer, an organizer, or both).
export function useAllowedProposalActions(record: BoothProposal | undefined): BoothProposalAction[] {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  if (!record || !permissions || !identity) return [];
  const actors: BoothProposalActor[] = [];
  if (record.proposerId === identity.id) actors.push('proposer');
  if (permissions === 'organizer') actors.push('organizer');
  // Shipping is recorded by the shipments screens, not by a button here.
  return allowedBoothProposalActions(record.status, actors, boothProposalPath(record)).filter((action) => action !== 'mark_shipped');
}
