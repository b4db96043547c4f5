import HowToVoteIcon from '@mui/icons-material/HowToVote';
import type { TranslateFunction } from 'react-admin';
import { ContestActionSchema, type Contest } from '@summitdesk/contracts';
import { WorkflowActionButton, type WorkflowDialog } from '../common/WorkflowActionButton';
import { allowedContestActions } from './useAllowedContestActions';

// Ending a vote early cannot be undone, so it asks first.
const closeDialog = (record: Contest, translate: TranslateFunction): WorkflowDialog => ({
  title: translate('summitdesk.contests.close_dialog.title', { title: record.title }),
  content: 'summitdesk.contests.close_dialog.content',
  schema: ContestActionSchema,
  keepLabel: 'summitdesk.contests.close_dialog.keep',
  submitLabel: 'summitdesk.contests.close_dialog.submit',
  // Nothing to fill in: the dialog only confirms.
  children: <></>,
});

export const CloseVotingButton = () => (
  <WorkflowActionButton
    resource="contests"
    action="close"
    allowedActions={allowedContestActions}
    icon={<HowToVoteIcon />}
    color="warning"
    dialog={closeDialog}
  />
);
