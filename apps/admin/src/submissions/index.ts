import { lazy } from 'react';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import type { Submission } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./SubmissionList').then((module) => ({ default: module.SubmissionList }))),
  show: lazy(() => import('./SubmissionShow').then((module) => ({ default: module.SubmissionShow }))),
  edit: lazy(() => import('./SubmissionEdit').then((module) => ({ default: module.SubmissionEdit }))),
  create: lazy(() => import('./SubmissionCreate').then((module) => ({ default: module.SubmissionCreate }))),
  icon: RecordVoiceOverIcon,
  recordRepresentation: (submission: Submission) => submission.title,
};
