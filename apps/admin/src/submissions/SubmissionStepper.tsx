import { Step, StepLabel, Stepper } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Submission, SubmissionStatus } from '@summitdesk/contracts';

// Where the talk is on its way to the agenda; a side exit (rejected, withdrawn…) ends the line.
const PATH: SubmissionStatus[] = ['draft', 'submitted', 'in_review', 'accepted', 'confirmed'];

export const SubmissionStepper = () => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  if (!record) return null;
  const index = PATH.indexOf(record.status);
  const steps = index >= 0 ? PATH : [...PATH.slice(0, 3), record.status];
  // Confirmed is the end of the road: every step done.
  const active = record.status === 'confirmed' ? steps.length : index >= 0 ? index : steps.length - 1;
  return (
    <Stepper activeStep={active} alternativeLabel sx={{ my: 2 }} aria-label={translate('resources.submissions.fields.status')}>
      {steps.map((status, position) => (
        <Step key={status} completed={position < active}>
          <StepLabel error={index < 0 && position === active && status !== 'waitlisted'}>
            {translate(`summitdesk.statuses.submission.${status}`)}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
