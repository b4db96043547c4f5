import { DateField, EmailField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { HistoryTab } from '../audit-log/HistoryTab';
import { CountryField } from '../common/CountryField';
import { AccountStatusChip } from './AccountStatusChip';
import { RoleChip } from './RoleChip';
import { UserShowActions } from './UserShowActions';
import { dateTimeOptions } from '../common/dates';

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="summitdesk.events.tabs.details">
        <TextField source="name" />
        <EmailField source="email" />
        <TextField source="affiliation" emptyText="—" />
        <CountryField source="country" />
        <RoleChip label="resources.users.fields.role" />
        <AccountStatusChip label="resources.users.fields.disabled" />
        <DateField source="createdAt" showTime options={dateTimeOptions} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="summitdesk.events.tabs.history" path="history">
        <HistoryTab entity="user" label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
