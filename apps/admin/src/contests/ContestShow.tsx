import { Show, TabbedShowLayout, useCanAccess } from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { ContestDetails } from './ContestDetails';
import { ContestGallery } from './ContestGallery';
import { ContestResults } from './ContestResults';
import { ContestShowActions } from './ContestShowActions';

export const ContestShow = () => {
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show actions={<ContestShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.contests.tabs.details">
          <ContestDetails label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="summitdesk.contests.tabs.gallery" path="gallery">
          <ContestGallery label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="summitdesk.contests.tabs.results" path="results">
          <ContestResults label={false} />
        </TabbedShowLayout.Tab>
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.contests.tabs.history" path="history">
            <HistoryTab entity="contest" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
