import { useGetIdentity, usePermissions } from 'react-admin';
import { boothShiftMachine, type BoothShift, type BoothShiftAction, type BoothShiftActor, type Role } from '@summitdesk/contracts';

// What the signed-in user may do with this shift: the volunteer cancels, the proposer or an organizer decides.
export function useAllowedShiftActions(shift: BoothShift | undefined): BoothShiftAction[] {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  if (!shift || !identity) return [];
  const hats: BoothShiftActor[] = [];
  if (shift.userId === identity.id) hats.push('volunteer');
  if (shift.boothProposerId === identity.id) hats.push('proposer');
  if (permissions === 'organizer') hats.push('organizer');
  const allowed = new Set(hats.flatMap((hat) => boothShiftMachine.allowedActions(shift.status, hat)));
  return [...allowed];
}
