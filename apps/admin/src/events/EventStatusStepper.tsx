import { Box, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EventStatuses, eventMachine, type Event, type EventStatus } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { useAllowedEventActions } from './useAllowedEventActions';

// The happy path comes from the machine: every state except where `cancel` leads.
const cancelledState = eventMachine.table.cancel.to;
const path: EventStatus[] = EventStatuses.filter((status) => status !== cancelledState);

// Where the event is, and what can happen next (organizer actions from the state machine).
export const EventStatusStepper = () => {
  const record = useRecordContext<Event>();
  const translate = useTranslate();
  const allowed = useAllowedEventActions(record);
  if (!record) return null;
  const label = (status: EventStatus) => translate(`summitdesk.statuses.event.${status}`, { _: humanize(status) });
  const cancelled = record.status === cancelledState;
  // A cancelled event shows the cancellation in place of the step it never reached.
  const steps: EventStatus[] = cancelled ? [path[0]!, cancelledState] : path;
  const active = steps.indexOf(record.status);
  const next = allowed.filter((action) => action !== 'cancel');

  return (
    <Box component="section" aria-label={translate('summitdesk.events.status_steps')} sx={{ px: 2, pt: 2 }}>
      <Stepper activeStep={active} alternativeLabel>
        {steps.map((status, index) => (
          <Step key={status} completed={index < active || (index === active && index === steps.length - 1)}>
            <StepLabel error={cancelled && status === cancelledState} aria-current={index === active ? 'step' : undefined}>
              {label(status)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {next.length > 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 1 }}>
          {translate('summitdesk.events.next_action', {
            action: next.map((action) => translate(`summitdesk.events.actions.${action}`, { _: humanize(action) })).join(' / '),
          })}
        </Typography>
      ) : null}
    </Box>
  );
};
