import type { ReactElement } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { BoothProposal, BoothProposalAction } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedProposalActions } from './useAllowedProposalActions';

// A one-click step, shown only when the state machine allows it for the signed-in user.
export const ProposalActionButton = ({ action, icon }: { action: BoothProposalAction; icon: ReactElement }) => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const { run, isPending } = useRecordAction('booth-proposals');
  if (!record || !allowed.includes(action)) return null;
  return (
    <Button label={`summitdesk.booth_proposals.actions.${action}`} disabled={isPending} onClick={() => run(record, action, { successMessage: `summitdesk.booth_proposals.done.${action}` })}>
      {icon}
    </Button>
  );
};
