import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Button, useRecordContext } from 'react-admin';
import type { Submission } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

// An invited co-speaker answers the invitation.
export const InvitationButtons = () => {
  const record = useRecordContext<Submission>();
  const { run, isPending } = useRecordAction('submissions');
  if (record?.viewerRole !== 'invited') return null;
  return (
    <>
      <Button label="summitdesk.cfp_program.actions.accept_invitation" disabled={isPending} onClick={() => run(record, 'accept_invitation', { successMessage: 'summitdesk.cfp_program.done.accept_invitation' })}>
        <CheckIcon />
      </Button>
      <Button label="summitdesk.cfp_program.actions.decline_invitation" disabled={isPending} onClick={() => run(record, 'decline_invitation', { successMessage: 'summitdesk.cfp_program.done.decline_invitation' })}>
        <CloseIcon />
      </Button>
    </>
  );
};
