import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { Banner } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

// Writing a banner off needs a reason; a banner on a parcel is written off with the parcel instead.
export const LoseBannerButton = () => {
  const record = useRecordContext<Banner>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('banners');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const titleId = useId();
  if (!record || record.location === 'lost' || record.shipmentId) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    void run(record, 'lose', { data: { reason: reason.trim() }, successMessage: 'summitdesk.banners.lost', onSuccess: () => setOpen(false) });
  };
  return (
    <>
      <Button label="summitdesk.banners.lose" color="error" onClick={() => setOpen(true)}>
        <ReportProblemIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.banners.lose_title', { tag: record.tag })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.banners.lose_content')}</DialogContentText>
            <TextField autoFocus required multiline minRows={3} fullWidth margin="normal" label={translate('summitdesk.shipments.reason_dialog.reason')} value={reason} onChange={(event) => setReason(event.target.value)} />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.shipments.reason_dialog.keep" onClick={() => setOpen(false)} />
            <Button label="summitdesk.banners.lose" type="submit" variant="contained" color="error" disabled={isPending || !reason.trim()} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
