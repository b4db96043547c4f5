import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { EditButton, TopToolbar } from 'react-admin';
import { EventActionSchema, type Event } from '@summitdesk/contracts';
import { WorkflowActionButton, type WorkflowDialog } from '../common/WorkflowActionButton';
import { allowedEventActions } from './useAllowedEventActions';

// Cancelling is final, so it asks for a reason (kept in the audit log) before it goes.
const cancelDialog = (record: Event, translate: (key: string, options?: object) => string): WorkflowDialog => ({
  title: translate('summitdesk.events.cancel_dialog.title', { name: record.name }),
  content: 'summitdesk.events.cancel_dialog.content',
  schema: EventActionSchema,
  required: true,
  reasonLabel: 'summitdesk.events.cancel_dialog.reason',
  helperText: 'summitdesk.events.cancel_dialog.reason_help',
  keepLabel: 'summitdesk.events.cancel_dialog.keep',
  submitLabel: 'summitdesk.events.cancel_dialog.submit',
});

export const EventShowActions = () => (
  <TopToolbar>
    <WorkflowActionButton resource="events" action="confirm" allowedActions={allowedEventActions} icon={<CheckCircleIcon />} />
    <WorkflowActionButton resource="events" action="mark_held" allowedActions={allowedEventActions} icon={<EventAvailableIcon />} />
    <WorkflowActionButton
      resource="events"
      action="cancel"
      allowedActions={allowedEventActions}
      icon={<EventBusyIcon />}
      color="error"
      dialog={cancelDialog}
    />
    <EditButton />
  </TopToolbar>
);
