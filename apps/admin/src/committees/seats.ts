import type { CommitteeSeat } from '@summitdesk/contracts';
import { SeatCreate } from './SeatCreate';
import { SeatEdit } from './SeatEdit';

// Seats are managed from their committee's page; no menu entry of their own.
export default {
  create: SeatCreate,
  edit: SeatEdit,
  recordRepresentation: (seat: CommitteeSeat) => seat.userName,
};
