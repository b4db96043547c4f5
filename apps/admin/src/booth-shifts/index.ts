import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import ScheduleIcon from '@mui/icons-material/Schedule';
import type { BoothShift } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./BoothShiftList').then((module) => module.BoothShiftList)),
  create: lazy(() => import('./BoothShiftCreate').then((module) => ({ default: module.BoothShiftCreate }))),
  icon: ScheduleIcon,
  recordRepresentation: (shift: BoothShift) => `${shift.userName}, ${shift.day} ${shift.startTime}–${shift.endTime}`,
};
