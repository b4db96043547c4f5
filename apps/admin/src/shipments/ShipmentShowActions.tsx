import Inventory2Icon from '@mui/icons-material/Inventory2';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import CancelIcon from '@mui/icons-material/Cancel';
import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { EditableShipmentStatuses, type Shipment } from '@summitdesk/contracts';
import { PackingSlipButton } from './PackingSlipButton';
import { ReasonButton } from './ReasonButton';
import { ShipButton } from './ShipButton';
import { ShipmentActionButton } from './ShipmentActionButton';

export const ShipmentShowActions = () => {
  const record = useRecordContext<Shipment>();
  const editable = !!record && EditableShipmentStatuses.includes(record.status);
  return (
    <TopToolbar>
      <ShipmentActionButton action="pack" icon={<Inventory2Icon />} />
      <ShipButton />
      <ShipmentActionButton action="deliver" icon={<CheckCircleIcon />} />
      <ReasonButton action="lose" icon={<ReportProblemIcon />} />
      <ReasonButton action="cancel" icon={<CancelIcon />} />
      <PackingSlipButton />
      {editable ? <EditButton /> : null}
    </TopToolbar>
  );
};
