import ViewQuiltIcon from '@mui/icons-material/ViewQuilt';
import { Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import {
  BooleanField,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Cfp } from '@summitdesk/contracts';
import { HistoryTab } from '../audit-log/HistoryTab';
import { BiddingActions } from '../bidding/BiddingActions';
import { CommitteeLinks } from '../discussion/CommitteeLinks';
import { AssignmentMatrix } from './AssignmentMatrix';
import { CfpStateChip } from './CfpStateChip';
import { RankingTable } from './RankingTable';
import { ReviewFormEditor } from './ReviewFormEditor';
import { ListTextField } from '../common/ListTextField';
import { ZonedInstantField } from '../common/ZonedInstantField';

const FormatsField = (_props: { label?: string }) => {
  const record = useRecordContext<Cfp>();
  return <>{record?.formats.map((format) => `${format.name} (${format.minutes} min)`).join(', ')}</>;
};

// Settings for everyone on the committee; the ranking and assignment tabs answer only to chairs
// (the API refuses others, and the tabs say so).
export const CfpShow = () => (
  <Show
    actions={
      <TopToolbar>
        <AgendaBuilderLink />
        <CommitteeLinks />
        <BiddingActions />
        <EditButton />
      </TopToolbar>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="summitdesk.cfp_program.cfp.tabs.call">
        <ReferenceField source="eventId" reference="events" link="show" />
        <TextField source="title" emptyText="—" />
        <CfpStateChip label="resources.cfps.fields.state" />
        <ZonedInstantField source="opensAt" />
        <ZonedInstantField source="closesAt" />
        <ZonedInstantField source="reviewOpensAt" />
        <ZonedInstantField source="reviewClosesAt" />
        <BooleanField source="anonymousReview" />
        <NumberField source="reviewsPerSubmission" />
        <FormatsField label="resources.cfps.fields.formats" />
        <ListTextField source="tracks" />
        <ListTextField source="topics" />
        <BooleanField source="biddingOpen" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.cfp_program.cfp.tabs.ranking" path="ranking">
        <RankingTable />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.cfp_program.cfp.tabs.assignment" path="assignment">
        <AssignmentMatrix />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.cfp_program.cfp.tabs.review_form" path="review-form">
        <ReviewFormEditor />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.cfp_program.cfp.tabs.history" path="history">
        <HistoryTab entity="cfp" label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

// The chair's way from the call to the agenda grid of the same summit.
const AgendaBuilderLink = () => {
  const record = useRecordContext<{ eventId: number }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={RouterLink} to={`/agenda-builder/${record.eventId}`} size="small" startIcon={<ViewQuiltIcon />}>
      {translate('summitdesk.cfp_program.agenda.builder.open')}
    </Button>
  );
};
