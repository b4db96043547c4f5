import { Show, TabbedShowLayout, useCanAccess } from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { EventDetails } from './EventDetails';
import { EventShowActions } from './EventShowActions';
import { EventStatusStepper } from './EventStatusStepper';

export const EventShow = () => {
  // The audit log is the organizers'; members see the event without its history.
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show actions={<EventShowActions />}>
      <EventStatusStepper />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.events.tabs.details">
          <EventDetails label={false} />
        </TabbedShowLayout.Tab>
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.events.tabs.history" path="history">
            <HistoryTab entity="event" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
