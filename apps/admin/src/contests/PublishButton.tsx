import PublishIcon from '@mui/icons-material/Publish';
import { Button, useRecordContext } from 'react-admin';
import type { Contest } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedContestActions } from './useAllowedContestActions';

export const PublishButton = () => {
  const record = useRecordContext<Contest>();
  const allowed = useAllowedContestActions(record);
  const { run, isPending } = useRecordAction('contests');
  if (!record || !allowed.includes('publish')) return null;
  return (
    <Button label="summitdesk.contests.actions.publish" disabled={isPending} onClick={() => run(record, 'publish', { successMessage: 'summitdesk.contests.done.publish' })}>
      <PublishIcon />
    </Button>
  );
};
