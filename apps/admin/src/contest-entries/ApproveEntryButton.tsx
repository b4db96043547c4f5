import CheckIcon from '@mui/icons-material/Check';
import { Button, useRecordContext } from 'react-admin';
import type { ContestEntry } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedEntryActions } from './useAllowedEntryActions';

export const ApproveEntryButton = () => {
  const record = useRecordContext<ContestEntry>();
  const allowed = useAllowedEntryActions(record);
  const { run, isPending } = useRecordAction('contest-entries');
  if (!record || !allowed.includes('approve')) return null;
  return (
    <Button label="summitdesk.contest_entries.actions.approve" color="success" disabled={isPending} onClick={() => run(record, 'approve', { successMessage: 'summitdesk.contest_entries.done.approve' })}>
      <CheckIcon />
    </Button>
  );
};
