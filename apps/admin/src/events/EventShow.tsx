import { Show, TabbedShowLayout, useCanAccess } from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { EventPackagesTab } from '../sponsorship-packages/EventPackagesTab';
import { EventDetails } from './EventDetails';
import { EventShowActions } from './EventShowActions';
import { EventStatusStepper } from './EventStatusStepper';

export const EventShow = () => {
  // The audit log is the organizers'; members see the event without its history.
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  // Members meet the packages on the Sponsor page; here the organizer sets them up.
  const { canAccess: canManagePackages } = useCanAccess({ resource: 'sponsorship-packages', action: 'create' });
  return (
    <Show actions={<EventShowActions />}>
      <EventStatusStepper />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.events.tabs.details">
          <EventDetails label={false} />
        </TabbedShowLayout.Tab>
        {canManagePackages ? (
          <TabbedShowLayout.Tab label="summitdesk.sponsorship_packages.event_tab" path="sponsorship-packages">
            <EventPackagesTab label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.events.tabs.history" path="history">
            <HistoryTab entity="event" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
