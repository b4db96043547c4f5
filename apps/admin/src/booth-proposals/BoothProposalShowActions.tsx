import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import LockIcon from '@mui/icons-material/Lock';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SendIcon from '@mui/icons-material/Send';
import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { EditableBoothProposalStatuses, type BoothProposal } from '@summitdesk/contracts';
import { ApproveButton } from './ApproveButton';
import { MarkPaidButton } from './MarkPaidButton';
import { ProposalActionButton } from './ProposalActionButton';
import { ReasonActionButton } from './ReasonActionButton';
import { ReportButton } from './ReportButton';
import { useAllowedProposalActions } from './useAllowedProposalActions';

export const BoothProposalShowActions = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  // Only those who may submit or review it may edit it, and only before it is decided.
  const canEdit = record && EditableBoothProposalStatuses.includes(record.status) && (allowed.includes('submit') || allowed.includes('withdraw'));
  return (
    <TopToolbar>
      <ProposalActionButton action="submit" icon={<SendIcon />} />
      <ProposalActionButton action="start_review" icon={<RateReviewIcon />} />
      <ApproveButton />
      <ReasonActionButton action="request_changes" required />
      <ReasonActionButton action="reject" required color="error" />
      <MarkPaidButton />
      <ProposalActionButton action="mark_held" icon={<EventAvailableIcon />} />
      <ReportButton />
      <ProposalActionButton action="close" icon={<LockIcon />} />
      <ReasonActionButton action="withdraw" />
      <ReasonActionButton action="cancel" required color="error" />
      {canEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};
