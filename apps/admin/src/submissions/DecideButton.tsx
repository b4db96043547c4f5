import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Radio, RadioGroup } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { SubmissionDecisions, type Submission, type SubmissionDecision } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedSubmissionActions } from './useAllowedSubmissionActions';

// The chair stages a decision; nothing reaches the speakers until decisions are released.
export const DecideButton = () => {
  const record = useRecordContext<Submission>();
  const allowed = useAllowedSubmissionActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('submissions');
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<SubmissionDecision | 'none'>('none');
  const titleId = useId();
  const choices = SubmissionDecisions.filter((choice) => allowed.includes(choice));
  if (!record || record.viewerRole !== 'chair' || choices.length === 0) return null;
  return (
    <>
      <Button
        label="summitdesk.cfp_program.actions.decide"
        onClick={() => {
          setDecision(record.pendingDecision ?? 'none');
          setOpen(true);
        }}
      >
        <GavelIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="xs" fullWidth>
        <DialogTitle id={titleId}>{translate('summitdesk.cfp_program.decide_dialog.title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('summitdesk.cfp_program.decide_dialog.content')}</DialogContentText>
          <RadioGroup value={decision} onChange={(event) => setDecision(event.target.value as SubmissionDecision | 'none')}>
            {[...choices, 'none' as const].map((choice) => (
              <FormControlLabel
                key={choice}
                value={choice}
                control={<Radio />}
                label={translate(`summitdesk.cfp_program.decisions.${choice}`)}
              />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="summitdesk.cfp_program.decide_dialog.submit"
            variant="contained"
            disabled={isPending}
            onClick={() =>
              run(record, 'decide', {
                data: { decision: decision === 'none' ? null : decision },
                successMessage: 'summitdesk.cfp_program.done.decide',
                onSuccess: () => setOpen(false),
              })
            }
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
