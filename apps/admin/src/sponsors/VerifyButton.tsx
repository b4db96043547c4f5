import VerifiedIcon from '@mui/icons-material/Verified';
import { usePermissions, useRecordContext } from 'react-admin';
import { Button } from '../common/Button';
import { sponsorMachine, type Role, type Sponsor } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

// The profile's state as the contracts' machine names it: verified once an organizer checked it.
const stateOf = (sponsor: Sponsor) => (sponsor.verified ? sponsorMachine.table.verify.to : sponsorMachine.table.verify.from[0]!);

// An organizer checks the company is who it says before its logo appears on public pages.
export const VerifyButton = () => {
  const record = useRecordContext<Sponsor>();
  const { permissions } = usePermissions<Role>();
  const { run, isPending } = useRecordAction('sponsors');
  if (!record || !permissions || !sponsorMachine.allowedActions(stateOf(record), permissions).includes('verify')) return null;
  return (
    <Button
      label="summitdesk.sponsors.verify"
      disabled={isPending}
      onClick={() => void run(record, 'verify', { successMessage: 'summitdesk.sponsors.verified_done' })}
    >
      <VerifiedIcon />
    </Button>
  );
};
