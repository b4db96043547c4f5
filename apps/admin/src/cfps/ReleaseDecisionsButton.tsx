import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { Cfp } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import { usePostToCfp } from './useCfpApi';

// Sending decisions cannot be undone, so it asks first.
export const ReleaseDecisionsButton = ({ onDone }: { onDone: () => void }) => {
  const record = useRecordContext<Cfp>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const postToCfp = usePostToCfp();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const titleId = useId();
  if (!record) return null;
  const release = async () => {
    setPending(true);
    try {
      const result = await postToCfp<{ released: number }>(record.id, 'release-decisions');
      notify('summitdesk.cfp_program.cfp.released', { type: 'success', messageArgs: { smart_count: result.released } });
      setOpen(false);
      onDone();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label="summitdesk.cfp_program.cfp.release" variant="contained" onClick={() => setOpen(true)}>
        <SendIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{translate('summitdesk.cfp_program.cfp.release_dialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('summitdesk.cfp_program.cfp.release_dialog.content')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="summitdesk.cfp_program.cfp.release" variant="contained" disabled={pending} onClick={release} />
        </DialogActions>
      </Dialog>
    </>
  );
};
