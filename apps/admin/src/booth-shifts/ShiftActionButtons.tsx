import CancelIcon from '@mui/icons-material/Cancel';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Button, useRecordContext } from 'react-admin';
import type { BoothShift, BoothShiftAction } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedShiftActions } from './useAllowedShiftActions';

const icons: Record<BoothShiftAction, React.ReactElement> = { confirm: <CheckIcon />, decline: <CloseIcon />, cancel: <CancelIcon /> };

// Confirm, decline or cancel, each shown only to whoever may take it.
export const ShiftActionButtons = ({ shift }: { shift?: BoothShift; label?: string }) => {
  const fromContext = useRecordContext<BoothShift>();
  const record = shift ?? fromContext;
  const allowed = useAllowedShiftActions(record);
  const { run, isPending } = useRecordAction('booth-shifts');
  if (!record) return null;
  return (
    <span onClick={(event) => event.stopPropagation()}>
      {allowed.map((action) => (
        <Button
          key={action}
          size="small"
          label={`summitdesk.booth_shifts.actions.${action}`}
          color={action === 'confirm' ? 'success' : 'error'}
          disabled={isPending}
          onClick={() => run(record, action, { successMessage: `summitdesk.booth_shifts.done.${action}` })}
        >
          {icons[action]}
        </Button>
      ))}
    </span>
  );
};
