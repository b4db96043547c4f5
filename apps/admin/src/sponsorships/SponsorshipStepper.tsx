import { Box, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SponsorshipPendingStatuses, sponsorshipMachine, type Sponsorship, type SponsorshipStatus } from '@summitdesk/contracts';
import { humanize } from '../common/text';

// pending → paid, then where it ended if it went on (refunded, disputed) or left the path (expired, cancelled).
const MAIN_PATH: readonly SponsorshipStatus[] = [...SponsorshipPendingStatuses, sponsorshipMachine.table.complete.to];

export const SponsorshipStepper = () => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  if (!record) return null;
  const label = (status: SponsorshipStatus) => translate(`summitdesk.statuses.sponsorship.${status}`, { _: humanize(status) });
  const reached = MAIN_PATH.includes(record.status);
  const paidOnce = record.paidAt !== null;
  const steps: SponsorshipStatus[] = reached ? [...MAIN_PATH] : paidOnce ? [...MAIN_PATH, record.status] : [MAIN_PATH[0]!, record.status];
  const active = steps.indexOf(record.status);
  const leftPath = !reached && !paidOnce;
  const next = SponsorshipPendingStatuses.some((status) => status === record.status)
    ? translate(record.paymentMethod === 'card' ? 'summitdesk.sponsorships.next.card' : 'summitdesk.sponsorships.next.bank_transfer')
    : null;
  return (
    <Box component="section" aria-label={translate('summitdesk.sponsorships.status_steps')} sx={{ px: 2, pt: 2 }}>
      <Stepper activeStep={active} alternativeLabel>
        {steps.map((status, index) => (
          <Step key={status} completed={index < active || (index === active && index > 0 && !leftPath)}>
            <StepLabel error={leftPath && index === active} aria-current={index === active ? 'step' : undefined}>
              {label(status)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {next ? (
        <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 1 }}>
          {next}
        </Typography>
      ) : null}
    </Box>
  );
};
