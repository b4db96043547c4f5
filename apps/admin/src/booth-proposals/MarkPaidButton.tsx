import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import PaidIcon from '@mui/icons-material/Paid';
import { Button, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney, type BoothProposal } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedProposalActions } from './useAllowedProposalActions';

// Paying spends money, so it says how much and asks before it goes into the ledger.
export const MarkPaidButton = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, isPending } = useRecordAction('booth-proposals');
  const [open, setOpen] = useState(false);
  const titleId = useId();
  if (!record || !allowed.includes('mark_paid') || record.feeApproved === null || !record.approvedCurrency) return null;
  const amount = formatMoney(record.feeApproved, record.approvedCurrency, locale);
  return (
    <>
      <Button label="summitdesk.booth_proposals.actions.mark_paid" onClick={() => setOpen(true)}>
        <PaidIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{translate('summitdesk.booth_proposals.paid_dialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('summitdesk.booth_proposals.paid_dialog.content', { amount })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="summitdesk.booth_proposals.reason_dialog.keep" onClick={() => setOpen(false)} />
          <Button
            label="summitdesk.booth_proposals.paid_dialog.submit"
            variant="contained"
            disabled={isPending}
            onClick={() =>
              run(record, 'mark_paid', { successMessage: 'summitdesk.booth_proposals.done.mark_paid', onSuccess: () => setOpen(false) })
            }
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
