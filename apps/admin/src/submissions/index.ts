import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import type { Submission } from '@summitdesk/contracts';
import { SubmissionCreate } from './SubmissionCreate';
import { SubmissionEdit } from './SubmissionEdit';
import { SubmissionList } from './SubmissionList';
import { SubmissionShow } from './SubmissionShow';

export default {
  list: SubmissionList,
  show: SubmissionShow,
  edit: SubmissionEdit,
  create: SubmissionCreate,
  icon: RecordVoiceOverIcon,
  recordRepresentation: (submission: Submission) => submission.title,
};
