import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { DataTable, DateField, EmailField, List, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { Roles, type User } from '@summitdesk/contracts';
import { CountryField } from '../common/CountryField';
import { humanize } from '../common/text';
import { AccountStatusChip } from './AccountStatusChip';
import { RoleChip } from './RoleChip';
import { UserFilterSidebar } from './UserFilterSidebar';
import { UserNameCell } from './UserNameCell';
import { formulaSafeExporter } from '../common/csvExport';

export const UserList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const search = <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.users.search')} />;
  const filters = isSmall
    ? [
        search,
        <SelectInput
          key="role"
          source="role"
          label="summitdesk.users.filters.role"
          choices={Roles.map((role) => ({ id: role, name: translate(`summitdesk.users.roles.${role}`, { _: humanize(role) }) }))}
        />,
      ]
    : [search];

  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      aside={isSmall ? undefined : <UserFilterSidebar />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<User>
          primaryText={(user) => user.name}
          secondaryText={(user) => user.email}
          tertiaryText={(user) => translate(`summitdesk.users.roles.${user.role}`, { _: humanize(user.role) })}
          rowClick="show"
        />
      ) : (
        <DataTable<User> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" render={(user) => <UserNameCell user={user as User} />} />
          <DataTable.Col source="email">
            <EmailField source="email" onClick={(event) => event.stopPropagation()} />
          </DataTable.Col>
          <DataTable.Col source="country" disableSort>
            <CountryField source="country" />
          </DataTable.Col>
          <DataTable.Col source="role">
            <RoleChip />
          </DataTable.Col>
          <DataTable.Col source="disabled" disableSort>
            <AccountStatusChip />
          </DataTable.Col>
          <DataTable.Col source="createdAt" sx={{ whiteSpace: 'nowrap' }}>
            <DateField source="createdAt" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
