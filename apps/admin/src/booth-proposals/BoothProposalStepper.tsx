import { Box, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { BoothProposalMainPath, boothProposalPath, type BoothProposal, type BoothProposalStatus } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { useAllowedProposalActions } from './useAllowedProposalActions';

const ORGANIZER_TURN: readonly BoothProposalStatus[] = ['submitted', 'in_review', 'approved', 'funded', 'reported'];
const PROPOSER_TURN: readonly BoothProposalStatus[] = ['draft', 'changes_requested', 'shipped', 'held'];
// Ways out of the path are buttons, not the next step.
const EXITS = ['reject', 'withdraw', 'cancel', 'request_changes'];

// Where the proposal is on its way, the steps it skips (no fee, nothing to ship), who acts next.
export const BoothProposalStepper = () => {
  const record = useRecordContext<BoothProposal>();
  const translate = useTranslate();
  const allowed = useAllowedProposalActions(record).filter((action) => !EXITS.includes(action));
  if (!record) return null;
  const label = (status: BoothProposalStatus) => translate(`summitdesk.statuses.booth-proposal.${status}`, { _: humanize(status) });
  const path = boothProposalPath(record);
  let steps = BoothProposalMainPath.filter(
    (status) => (status !== 'funded' || path.feeToPay) && (status !== 'shipped' || path.somethingToShip),
  );
  if (record.status === 'changes_requested') steps = steps.map((status) => (status === 'submitted' ? 'changes_requested' : status));
  const offPath = !steps.includes(record.status);
  // A proposal that left the path (rejected, withdrawn, cancelled) ends where it left.
  if (offPath) steps = [...steps.slice(0, 3), record.status];
  const active = steps.indexOf(record.status);
  const waitingOn = ORGANIZER_TURN.includes(record.status) ? 'organizer' : PROPOSER_TURN.includes(record.status) ? 'proposer' : 'nobody';
  return (
    <Box component="section" aria-label={translate('summitdesk.booth_proposals.status_steps')} sx={{ px: 2, pt: 2 }}>
      <Stepper activeStep={active} alternativeLabel>
        {steps.map((status, index) => (
          <Step key={status} completed={index < active || (index === active && status === 'closed')}>
            <StepLabel error={offPath && index === active} aria-current={index === active ? 'step' : undefined}>
              {label(status)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 1 }}>
        {translate(`summitdesk.booth_proposals.waiting_on.${waitingOn}`)}
        {allowed.length > 0
          ? ` · ${translate('summitdesk.booth_proposals.next_action', {
              action: allowed.map((action) => translate(`summitdesk.booth_proposals.actions.${action}`)).join(' / '),
            })}`
          : ''}
      </Typography>
    </Box>
  );
};
