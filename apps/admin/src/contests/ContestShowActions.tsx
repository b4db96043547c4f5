import PublishIcon from '@mui/icons-material/Publish';
import { EditButton, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { EditableContestStatuses, type Contest } from '@summitdesk/contracts';
import { AwardButton } from './AwardButton';
import { CloseVotingButton } from './CloseVotingButton';
import { EnterContestButton } from './EnterContestButton';
import { PublicPageButton } from './PublicPageButton';
import { WorkflowActionButton } from '../common/WorkflowActionButton';
import { allowedContestActions } from './useAllowedContestActions';

export const ContestShowActions = () => {
  const record = useRecordContext<Contest>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'contests', action: 'edit' });
  const editable = record && EditableContestStatuses.includes(record.status);
  return (
    <TopToolbar>
      <EnterContestButton />
      <WorkflowActionButton resource="contests" action="publish" allowedActions={allowedContestActions} icon={<PublishIcon />} />
      <CloseVotingButton />
      <AwardButton />
      <PublicPageButton />
      {canEdit && editable ? <EditButton /> : null}
    </TopToolbar>
  );
};
