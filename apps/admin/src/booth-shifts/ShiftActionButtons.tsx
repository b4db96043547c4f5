import CancelIcon from '@mui/icons-material/Cancel';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { useRecordContext } from 'react-admin';
import { boothShiftMachine, type BoothShift, type BoothShiftAction } from '@summitdesk/contracts';
import { WorkflowActionButton } from '../common/WorkflowActionButton';
import { allowedShiftActions } from './allowedShiftActions';

const icons: Record<BoothShiftAction, React.ReactElement> = { confirm: <CheckIcon />, decline: <CloseIcon />, cancel: <CancelIcon /> };

// Confirm, decline or cancel, each shown only to whoever may take it.
export const ShiftActionButtons = ({ shift }: { shift?: BoothShift; label?: string }) => {
  const fromContext = useRecordContext<BoothShift>();
  const record = shift ?? fromContext;
  if (!record) return null;
  return (
    <span onClick={(event) => event.stopPropagation()}>
      {boothShiftMachine.actions.map((action) => (
        <WorkflowActionButton
          key={action}
          resource="booth-shifts"
          action={action}
          allowedActions={allowedShiftActions}
          record={record}
          size="small"
          color={action === 'confirm' ? 'success' : 'error'}
          icon={icons[action]}
        />
      ))}
    </span>
  );
};
