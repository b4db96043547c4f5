import Inventory2Icon from '@mui/icons-material/Inventory2';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import CancelIcon from '@mui/icons-material/Cancel';
import { EditButton, TopToolbar, useRecordContext, type TranslateFunction } from 'react-admin';
import { EditableShipmentStatuses, ShipmentActionSchema, type Shipment } from '@summitdesk/contracts';
import { WorkflowActionButton, type WorkflowDialog } from '../common/WorkflowActionButton';
import { PackingSlipButton } from './PackingSlipButton';
import { ShipButton } from './ShipButton';
import { allowedShipmentActions } from './useAllowedShipmentActions';

// Losing or cancelling a parcel undoes work, so it asks why; the reason stays in the history.
const reasonDialog =
  (action: 'lose' | 'cancel') =>
  (record: Shipment, translate: TranslateFunction): WorkflowDialog => ({
    title: translate(`summitdesk.shipments.reason_dialog.${action}.title`, { id: record.id }),
    content: `summitdesk.shipments.reason_dialog.${action}.content`,
    schema: ShipmentActionSchema,
    required: true,
    reasonLabel: 'summitdesk.shipments.reason_dialog.reason',
    keepLabel: 'summitdesk.shipments.reason_dialog.keep',
    submitLabel: 'summitdesk.shipments.reason_dialog.submit',
  });

export const ShipmentShowActions = () => {
  const record = useRecordContext<Shipment>();
  const editable = !!record && EditableShipmentStatuses.includes(record.status);
  return (
    <TopToolbar>
      <WorkflowActionButton resource="shipments" action="pack" allowedActions={allowedShipmentActions} icon={<Inventory2Icon />} />
      <ShipButton />
      <WorkflowActionButton resource="shipments" action="deliver" allowedActions={allowedShipmentActions} icon={<CheckCircleIcon />} />
      <WorkflowActionButton
        resource="shipments"
        action="lose"
        allowedActions={allowedShipmentActions}
        icon={<ReportProblemIcon />}
        color="error"
        dialog={reasonDialog('lose')}
      />
      <WorkflowActionButton
        resource="shipments"
        action="cancel"
        allowedActions={allowedShipmentActions}
        icon={<CancelIcon />}
        color="error"
        dialog={reasonDialog('cancel')}
      />
      <PackingSlipButton />
      {editable ? <EditButton /> : null}
    </TopToolbar>
  );
};
