import PaidIcon from '@mui/icons-material/Paid';
import { DialogContentText } from '@mui/material';
import { useLocaleState, type TranslateFunction } from 'react-admin';
import { BoothProposalActionSchema, formatMoney, type BoothProposal } from '@summitdesk/contracts';
import { WorkflowActionButton, type WorkflowDialog } from '../common/WorkflowActionButton';
import type { Viewer } from '../common/useViewer';
import { allowedProposalActions } from './useAllowedProposalActions';

// Only a booth with an approved fee can be paid.
const allowedWithFee = (record: BoothProposal, viewer: Viewer) =>
  record.feeApproved !== null && record.approvedCurrency ? allowedProposalActions(record, viewer) : [];

// Paying spends money, so it says how much and asks before it goes into the ledger.
export const MarkPaidButton = () => {
  const [locale] = useLocaleState();
  const dialog = (record: BoothProposal, translate: TranslateFunction): WorkflowDialog => ({
    title: translate('summitdesk.booth_proposals.paid_dialog.title'),
    schema: BoothProposalActionSchema,
    keepLabel: 'summitdesk.booth_proposals.reason_dialog.keep',
    submitLabel: 'summitdesk.booth_proposals.paid_dialog.submit',
    children: (
      <DialogContentText>
        {translate('summitdesk.booth_proposals.paid_dialog.content', {
          amount: formatMoney(record.feeApproved ?? 0, record.approvedCurrency ?? 'USD', locale),
        })}
      </DialogContentText>
    ),
  });
  return (
    <WorkflowActionButton
      resource="booth-proposals"
      action="mark_paid"
      allowedActions={allowedWithFee}
      icon={<PaidIcon />}
      dialog={dialog}
    />
  );
};
