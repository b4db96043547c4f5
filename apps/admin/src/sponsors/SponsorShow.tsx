import {
  DateField,
  ReferenceArrayField,
  ReferenceManyField,
  Show,
  SingleFieldList,
  ChipField,
  TabbedShowLayout,
  TextField,
  UrlField,
  useCanAccess,
} from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { SponsorshipsTable } from '../sponsorships/SponsorshipsTable';
import { SponsorLogo } from './SponsorLogo';
import { SponsorShowActions } from './SponsorShowActions';
import { SponsorVerifiedChip } from './SponsorVerifiedChip';
import { dateTimeOptions } from '../common/dates';

export const SponsorShow = () => {
  // The audit log and the user directory are the organizers'.
  const { canAccess: isOrganizerView } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show actions={<SponsorShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.sponsors.tabs.details">
          <SponsorLogo label="resources.sponsors.fields.logoUrl" height={64} />
          <TextField source="name" />
          <UrlField source="website" target="_blank" rel="noopener noreferrer" />
          <SponsorVerifiedChip label="resources.sponsors.fields.verified" />
          <DateField source="verifiedAt" showTime options={dateTimeOptions} emptyText="—" />
          {isOrganizerView ? (
            <ReferenceArrayField source="contactIds" reference="users" emptyText="—">
              <SingleFieldList linkType="show">
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          ) : null}
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="summitdesk.sponsors.tabs.sponsorships" path="sponsorships">
          <ReferenceManyField reference="sponsorships" target="sponsorId" sort={{ field: 'createdAt', order: 'DESC' }} label={false}>
            <SponsorshipsTable />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {isOrganizerView ? (
          <TabbedShowLayout.Tab label="summitdesk.sponsors.tabs.history" path="history">
            <HistoryTab entity="sponsor" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
