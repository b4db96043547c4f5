import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { Contest } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedContestActions } from './useAllowedContestActions';

// Ending a vote early cannot be undone, so it asks first.
export const CloseVotingButton = () => {
  const record = useRecordContext<Contest>();
  const allowed = useAllowedContestActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('contests');
  const [open, setOpen] = useState(false);
  const titleId = useId();
  if (!record || !allowed.includes('close')) return null;
  return (
    <>
      <Button label="summitdesk.contests.actions.close" color="warning" onClick={() => setOpen(true)}>
        <HowToVoteIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{translate('summitdesk.contests.close_dialog.title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('summitdesk.contests.close_dialog.content')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="summitdesk.contests.close_dialog.keep" onClick={() => setOpen(false)} />
          <Button
            label="summitdesk.contests.close_dialog.submit"
            variant="contained"
            color="warning"
            disabled={isPending}
            onClick={() => run(record, 'close', { successMessage: 'summitdesk.contests.done.close', onSuccess: () => setOpen(false) })}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
