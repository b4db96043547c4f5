import VerifiedIcon from '@mui/icons-material/Verified';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import type { Role, Sponsor } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

// An organizer checks the company is who it says before its logo appears on public pages.
export const VerifyButton = () => {
  const record = useRecordContext<Sponsor>();
  const { permissions } = usePermissions<Role>();
  const { run, isPending } = useRecordAction('sponsors');
  if (!record || record.verified || permissions !== 'organizer') return null;
  return (
    <Button label="summitdesk.sponsors.verify" disabled={isPending} onClick={() => void run(record, 'verify', { successMessage: 'summitdesk.sponsors.verified_done' })}>
      <VerifiedIcon />
    </Button>
  );
};
