import { lazy } from 'react';
import ScheduleIcon from '@mui/icons-material/Schedule';
import type { BoothShift } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./BoothShiftList').then((module) => ({ default: module.BoothShiftList }))),
  create: lazy(() => import('./BoothShiftCreate').then((module) => ({ default: module.BoothShiftCreate }))),
  icon: ScheduleIcon,
  recordRepresentation: (shift: BoothShift) => `${shift.userName}, ${shift.day} ${shift.startTime}–${shift.endTime}`,
};
