import { lazy } from 'react';
import type { CommitteeSeat } from '@summitdesk/contracts';

// Seats are managed from their committee's page; no menu entry of their own.
export default {
  create: lazy(() => import('./SeatCreate').then((module) => ({ default: module.SeatCreate }))),
  edit: lazy(() => import('./SeatEdit').then((module) => ({ default: module.SeatEdit }))),
  recordRepresentation: (seat: CommitteeSeat) => seat.userName,
};
