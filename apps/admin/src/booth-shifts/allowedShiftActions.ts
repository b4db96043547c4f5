import { boothShiftMachine, type BoothShift, type BoothShiftAction, type BoothShiftActor } from '@summitdesk/contracts';
import type { Viewer } from '../common/useViewer';

// What the viewer may do with this shift: the volunteer cancels, the proposer or an organizer decides.
export function allowedShiftActions(shift: BoothShift, { role, id }: Viewer): BoothShiftAction[] {
  if (id === undefined) return [];
  const hats: BoothShiftActor[] = [];
  if (shift.userId === id) hats.push('volunteer');
  if (shift.boothProposerId === id) hats.push('proposer');
  if (role === 'organizer') hats.push('organizer');
  return [...new Set(hats.flatMap((hat) => boothShiftMachine.allowedActions(shift.status, hat)))];
}
