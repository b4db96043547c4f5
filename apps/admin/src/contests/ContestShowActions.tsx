import { EditButton, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { EditableContestStatuses, type Contest } from '@summitdesk/contracts';
import { AwardButton } from './AwardButton';
import { CloseVotingButton } from './CloseVotingButton';
import { EnterContestButton } from './EnterContestButton';
import { PublicPageButton } from './PublicPageButton';
import { PublishButton } from './PublishButton';

export const ContestShowActions = () => {
  const record = useRecordContext<Contest>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'contests', action: 'edit' });
  const editable = record && EditableContestStatuses.includes(record.status);
  return (
    <TopToolbar>
      <EnterContestButton />
      <PublishButton />
      <CloseVotingButton />
      <AwardButton />
      <PublicPageButton />
      {canEdit && editable ? <EditButton /> : null}
    </TopToolbar>
  );
};
