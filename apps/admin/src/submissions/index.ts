import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import type { Submission } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./SubmissionList').then((module) => module.SubmissionList)),
  show: lazy(() => import('./SubmissionShow').then((module) => ({ default: module.SubmissionShow }))),
  edit: lazy(() => import('./SubmissionEdit').then((module) => ({ default: module.SubmissionEdit }))),
  create: lazy(() => import('./SubmissionCreate').then((module) => ({ default: module.SubmissionCreate }))),
  icon: RecordVoiceOverIcon,
  recordRepresentation: (submission: Submission) => submission.title,
};
