import BlockIcon from '@mui/icons-material/Block';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import LockIcon from '@mui/icons-material/Lock';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { EditButton, TopToolbar, useRecordContext, type TranslateFunction } from 'react-admin';
import {
  BoothProposalActionSchema,
  BoothProposalActionsNeedingReason,
  EditableBoothProposalStatuses,
  type BoothProposal,
  type BoothProposalAction,
} from '@summitdesk/contracts';
import { WorkflowActionButton, type WorkflowDialog } from '../common/WorkflowActionButton';
import { ApproveButton } from './ApproveButton';
import { MarkPaidButton } from './MarkPaidButton';
import { ReportButton } from './ReportButton';
import { allowedProposalActions, useAllowedProposalActions } from './useAllowedProposalActions';

// Steps that refuse or take back (reject, request changes, withdraw, cancel) ask why first.
const reasonDialog =
  (action: BoothProposalAction) =>
  (record: BoothProposal, translate: TranslateFunction): WorkflowDialog => {
    const required = BoothProposalActionsNeedingReason.includes(action);
    return {
      title: translate('summitdesk.booth_proposals.reason_dialog.title', {
        action: translate(`summitdesk.booth_proposals.actions.${action}`),
        event: (record.event ?? record.newEvent)?.name ?? '',
      }),
      schema: BoothProposalActionSchema,
      required,
      reasonLabel: 'summitdesk.booth_proposals.reason_dialog.reason',
      helperText: required
        ? 'summitdesk.booth_proposals.reason_dialog.reason_help'
        : 'summitdesk.booth_proposals.reason_dialog.optional_help',
      keepLabel: 'summitdesk.booth_proposals.reason_dialog.keep',
    };
  };

const Step = (props: {
  action: BoothProposalAction;
  icon: React.ReactElement;
  color?: 'primary' | 'error';
  dialog?: ReturnType<typeof reasonDialog>;
}) => <WorkflowActionButton resource="booth-proposals" allowedActions={allowedProposalActions} {...props} />;

export const BoothProposalShowActions = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  // Only those who may submit or review it may edit it, and only before it is decided.
  const canEdit =
    record && EditableBoothProposalStatuses.includes(record.status) && (allowed.includes('submit') || allowed.includes('withdraw'));
  return (
    <TopToolbar>
      <Step action="submit" icon={<SendIcon />} />
      <Step action="start_review" icon={<RateReviewIcon />} />
      <ApproveButton />
      <Step action="request_changes" icon={<EditNoteIcon />} dialog={reasonDialog('request_changes')} />
      <Step action="reject" icon={<BlockIcon />} color="error" dialog={reasonDialog('reject')} />
      <MarkPaidButton />
      <Step action="mark_held" icon={<EventAvailableIcon />} />
      <ReportButton />
      <Step action="close" icon={<LockIcon />} />
      <Step action="withdraw" icon={<UndoIcon />} dialog={reasonDialog('withdraw')} />
      <Step action="cancel" icon={<BlockIcon />} color="error" dialog={reasonDialog('cancel')} />
      {canEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};
