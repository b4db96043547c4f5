import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { EditableSubmissionStatuses, type Submission } from '@summitdesk/contracts';
import { DecideButton } from './DecideButton';
import { WorkflowActionButton } from '../common/WorkflowActionButton';
import { allowedSubmissionActions } from './useAllowedSubmissionActions';

export const SubmissionShowActions = () => {
  const record = useRecordContext<Submission>();
  return (
    <TopToolbar>
      <WorkflowActionButton
        resource="submissions"
        messages="summitdesk.cfp_program"
        action="submit"
        allowedActions={allowedSubmissionActions}
        icon={<SendIcon />}
      />
      <WorkflowActionButton
        resource="submissions"
        messages="summitdesk.cfp_program"
        action="confirm"
        allowedActions={allowedSubmissionActions}
        icon={<CheckCircleIcon />}
      />
      <WorkflowActionButton
        resource="submissions"
        messages="summitdesk.cfp_program"
        action="decline"
        allowedActions={allowedSubmissionActions}
        icon={<DoNotDisturbIcon />}
        color="warning"
      />
      <WorkflowActionButton
        resource="submissions"
        messages="summitdesk.cfp_program"
        action="withdraw"
        allowedActions={allowedSubmissionActions}
        icon={<UndoIcon />}
        color="warning"
      />
      <DecideButton />
      {record?.viewerRole === 'speaker' && EditableSubmissionStatuses.includes(record.status) ? <EditButton /> : null}
    </TopToolbar>
  );
};
