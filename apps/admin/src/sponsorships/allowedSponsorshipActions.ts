import { sponsorshipMachine, type Sponsorship, type SponsorshipAction } from '@summitdesk/contracts';
import type { Viewer } from '../common/useViewer';

// The buttons' names for the steps: a refund is one button whichever of the machine's two refund
// moves (part or all of what is left) it turns out to be.
export type SponsorshipButtonAction = Exclude<SponsorshipAction, 'refund_partly' | 'refund_fully'> | 'refund';

// The steps the viewer may take now: the shared machine for their role, narrowed by what the API
// says this caller may do (a member is a `contact` only of their own company's sponsorships).
export function allowedSponsorshipActions(
  record: Pick<Sponsorship, 'status' | 'allowedActions'>,
  viewer: Viewer,
): SponsorshipButtonAction[] {
  if (!viewer.role) return [];
  const byMachine = sponsorshipMachine.allowedActions(record.status, viewer.role === 'organizer' ? 'organizer' : 'contact');
  const allowed = record.allowedActions ? byMachine.filter((action) => record.allowedActions.includes(action)) : byMachine;
  return allowed.map((action) => (action === 'refund_partly' || action === 'refund_fully' ? 'refund' : action));
}
