import { DateField, EditButton, Labeled, Show, TabbedShowLayout, TextField, TopToolbar } from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { BannerCustody } from './BannerCustody';
import { BannerWhereField } from './BannerWhereField';
import { LoseBannerButton } from './LoseBannerButton';
import { dateTimeOptions } from '../common/dates';

const BannerShowActions = () => (
  <TopToolbar>
    <LoseBannerButton />
    <EditButton />
  </TopToolbar>
);

export const BannerShow = () => (
  <Show actions={<BannerShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="summitdesk.banners.tabs.details">
        <TextField source="tag" />
        <TextField source="description" />
        <TextField source="condition" />
        <Labeled label="resources.banners.fields.location">
          <BannerWhereField />
        </Labeled>
        <TextField source="lostReason" emptyText="—" />
        <DateField source="updatedAt" showTime options={dateTimeOptions} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.banners.tabs.custody" path="custody">
        <BannerCustody label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.banners.tabs.history" path="history">
        <HistoryTab entity="banner" label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
