import type { BoothShift } from '@summitdesk/contracts';
import type { BoothShiftEntity } from './booth-shift.entity.js';

export function presentBoothShift(shift: BoothShiftEntity): BoothShift {
  return {
    id: shift.id,
    boothProposalId: shift.boothProposalId,
    boothProposerId: shift.proposal?.proposerId ?? 0,
    boothName: shift.proposal?.event?.name ?? '',
    userId: shift.userId,
    userName: shift.user?.name ?? '',
    userCountry: shift.user?.country ?? null,
    day: shift.day,
    startTime: shift.startTime.slice(0, 5),
    endTime: shift.endTime.slice(0, 5),
    timeZone: shift.proposal?.event?.timeZone ?? 'UTC',
    status: shift.status,
    note: shift.note,
    version: shift.version,
    createdAt: shift.createdAt.toISOString(),
    updatedAt: shift.updatedAt.toISOString(),
  };
}
