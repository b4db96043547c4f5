import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useRecordContext } from 'react-admin';
import { Button } from '../common/Button';
import type { User } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';

export const EnableButton = () => {
  const user = useRecordContext<User>();
  const { run, isPending } = useRecordAction('users');
  if (!user?.disabled) return null;
  return (
    <Button
      label="summitdesk.users.enable"
      disabled={isPending}
      onClick={() => run(user, 'enable', { successMessage: 'summitdesk.users.enabled_done' })}
    >
      <CheckCircleIcon />
    </Button>
  );
};
