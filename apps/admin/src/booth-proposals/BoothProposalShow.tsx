import { Show, TabbedShowLayout, useCanAccess } from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { BoothRota } from '../booth-shifts/BoothRota';
import { BoothShipments } from '../shipments/BoothShipments';
import { BoothSponsorsBanner } from '../sponsorships/BoothSponsorsBanner';
import { BoothProposalDetails } from './BoothProposalDetails';
import { BoothProposalShowActions } from './BoothProposalShowActions';
import { BoothProposalStepper } from './BoothProposalStepper';
import { BoothReportView } from './BoothReportView';

export const BoothProposalShow = () => {
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show actions={<BoothProposalShowActions />}>
      <BoothProposalStepper />
      <BoothSponsorsBanner />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.booth_proposals.tabs.details">
          <BoothProposalDetails label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="summitdesk.booth_proposals.tabs.rota" path="rota">
          <BoothRota label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="summitdesk.shipments.menu" path="shipments">
          <BoothShipments label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="summitdesk.booth_proposals.tabs.report" path="report">
          <BoothReportView label={false} />
        </TabbedShowLayout.Tab>
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.booth_proposals.tabs.history" path="history">
            <HistoryTab entity="booth_proposal" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
