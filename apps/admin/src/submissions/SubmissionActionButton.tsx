import type { ReactElement } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { Submission, SubmissionAction } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedSubmissionActions } from './useAllowedSubmissionActions';

type Props = { action: Extract<SubmissionAction, 'submit' | 'withdraw' | 'confirm' | 'decline'>; icon: ReactElement; color?: 'primary' | 'warning' | 'error' };

// A speaker's one-click move, shown only when the state machine allows it.
export const SubmissionActionButton = ({ action, icon, color = 'primary' }: Props) => {
  const record = useRecordContext<Submission>();
  const allowed = useAllowedSubmissionActions(record);
  const { run, isPending } = useRecordAction('submissions');
  if (!record || !allowed.includes(action)) return null;
  return (
    <Button label={`summitdesk.cfp_program.actions.${action}`} color={color} disabled={isPending} onClick={() => run(record, action, { successMessage: `summitdesk.cfp_program.done.${action}` })}>
      {icon}
    </Button>
  );
};
