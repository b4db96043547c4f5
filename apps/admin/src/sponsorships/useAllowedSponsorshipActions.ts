import { usePermissions } from 'react-admin';
import { sponsorshipMachine, type Role, type Sponsorship, type SponsorshipAction } from '@summitdesk/contracts';

// The steps the signed-in user may take now: the shared machine for their role, narrowed by what the
// API says this caller may do (a member is a `contact` only of their own company's sponsorships).
export function useAllowedSponsorshipActions(record: Pick<Sponsorship, 'status' | 'allowedActions'> | undefined): SponsorshipAction[] {
  const { permissions } = usePermissions<Role>();
  if (!record || !permissions) return [];
  const actor = permissions === 'organizer' ? 'organizer' : 'contact';
  const byMachine = sponsorshipMachine.allowedActions(record.status, actor);
  return record.allowedActions ? byMachine.filter((action) => record.allowedActions.includes(action)) : byMachine;
}
