import ScheduleIcon from '@mui/icons-material/Schedule';
import type { BoothShift } from '@summitdesk/contracts';
import { BoothShiftCreate } from './BoothShiftCreate';
import { BoothShiftList } from './BoothShiftList';

export default {
  list: BoothShiftList,
  create: BoothShiftCreate,
  icon: ScheduleIcon,
  recordRepresentation: (shift: BoothShift) => `${shift.userName}, ${shift.day} ${shift.startTime}–${shift.endTime}`,
};
