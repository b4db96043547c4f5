import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { BannerOrder } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

// The ordered banner arrived: give it a tag and it joins the warehouse, assigned to its booth.
export const ReceiveBannerButton = () => {
  const record = useRecordContext<BannerOrder>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('banner-orders');
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState('');
  const titleId = useId();
  if (!record || record.bannerId) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!tag.trim()) return;
    void run(record, 'receive', {
      data: { tag: tag.trim().toUpperCase(), version: undefined },
      successMessage: 'summitdesk.banners.orders.received',
      onSuccess: () => setOpen(false),
    });
  };
  return (
    <>
      <Button label="summitdesk.banners.orders.receive" onClick={() => setOpen(true)}>
        <MoveToInboxIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="xs">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.banners.orders.receive_title', { id: record.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.banners.orders.receive_content')}</DialogContentText>
            <TextField
              autoFocus
              required
              fullWidth
              margin="normal"
              label={translate('resources.banners.fields.tag')}
              helperText="B-3"
              value={tag}
              onChange={(event) => setTag(event.target.value)}
            />
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.shipments.reason_dialog.keep" onClick={() => setOpen(false)} />
            <Button label="summitdesk.banners.orders.receive" type="submit" variant="contained" disabled={isPending || !tag.trim()} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
